"""The games set's layouts and their gold (``gold.py``'s texts).

A layout's gold is a dict of texts (the scorer compares texts, see ``score.py``):
``pairs`` (each as many times as it occurs), ``debatable``, ``unpaired`` ((lang, text)),
``either`` (texts that may be paired with their like or left unpaired), ``never_paired``,
``tokens``. The eleven layouts, each the Korean file then the English one unless one file:

- ``patch_md``, ``hotfix_md``: the v1.4.2 patch notes and the v1.4.3 hotfix as Markdown;
- ``event_html``, ``maint_html``: the store event and the maintenance notice as web pages;
- ``quest_txt``: the quest dialogue as text, a blank line between entries, an entry's
  lines (a speaker's name, then what they say) one under the other;
- ``quest_block``: the same in one bilingual file, the whole Korean then the whole English;
- ``quest_pre``: ``quest_txt``'s files read ``--presegmented`` (a line a segment);
- ``ach_txt``: the achievements, title and description on lines of their own, a blank line
  after each; ``ach_alt``: one bilingual file, Korean line then English line, no blank lines;
- ``items_csv``, ``items_tsv``: the string table, header ``key, ko, en``.
"""

from __future__ import annotations

import csv
import io

from layout import Layout

from .gold import (ACH_EITHER, ACH_HEAD, ACH_SENTENCES, ACH_SPLIT, ACH_TOKENS, ACHIEVEMENTS, EVENT_EN, EVENT_GOLD, EVENT_KO,
                   HOTFIX_EN, HOTFIX_GOLD, HOTFIX_KO, MAINT_EN, MAINT_GOLD, MAINT_KO, PATCH_EN, PATCH_GOLD,
                   PATCH_KO, QUEST, QUEST_EITHER, QUEST_TOKENS, STRINGS, STRINGS_SENTENCES, STRINGS_TOKENS)


def gold(pairs=(), debatable=(), unpaired=(), either=(), never_paired=(), tokens=(), alternatives=()) -> dict:
    """A layout's gold; a pair of two texts both in ``either`` may be made or not;
    ``alternatives``: (gold pairs, other pairs), two fair answers for one unit (a cell or a
    line whole or as its sentences): the other pairs made instead count as the gold ones."""
    either = list(either)
    both = [p for p in pairs if p[0] in either and p[1] in either]
    return {"pairs": [p for p in pairs if p not in both], "debatable": list(debatable) + both,
            "unpaired": list(unpaired), "either": either, "never_paired": list(never_paired), "tokens": list(tokens),
            "alternatives": [(list(g), list(a)) for g, a in alternatives]}


def quest_files() -> tuple[str, str]:
    ko, en = [], []
    for entry in QUEST:
        if entry[0] == "L":
            ko.append("\n".join(entry[1]))
            en.append("\n".join(entry[2]))
        else:
            (ko if entry[0] == "K" else en).append(entry[1])
    return "\n\n".join(ko) + "\n", "\n\n".join(en) + "\n"


def quest_gold(presegmented: bool) -> dict:
    pairs, debatable, unpaired = [], [], []
    for entry in QUEST:
        if entry[0] != "L":
            unpaired.append(("ko" if entry[0] == "K" else "en", entry[1]))
            continue
        _, ko, en, sentences, maybe = entry
        if presegmented:  # a line a segment: lines paired in turn, else the entry's lines together
            pairs += list(zip(ko, en)) if len(ko) == len(en) else [(" ".join(ko), " ".join(en))]
        else:
            pairs += sentences or [(" ".join(ko), " ".join(en))]
            debatable += maybe
    return gold(pairs, debatable, unpaired, QUEST_EITHER, tokens=QUEST_TOKENS)


def ach_gold() -> dict:
    """A description of two sentences on both sides is their two pairs, or the line whole; the
    one whose Korean has a note the English lacks is the line whole, or its first sentence
    and the note left unpaired."""
    pairs, alternatives, either = [ACH_HEAD], [], list(ACH_EITHER)
    for kt, et, kd, ed in ACHIEVEMENTS:
        pairs.append((kt, et))
        if kd in ACH_SPLIT:
            pairs.append((kd, ed))
            alternatives.append(([(kd, ed)], [(ACH_SPLIT[kd][0], ed)]))
            either.append(ACH_SPLIT[kd][1])
        elif kd in ACH_SENTENCES:
            pairs += ACH_SENTENCES[kd]
            alternatives.append((ACH_SENTENCES[kd], [(kd, ed)]))
        else:
            pairs.append((kd, ed))
    return gold(pairs, (), (), either, tokens=ACH_TOKENS, alternatives=alternatives)


def ach_files() -> tuple[str, str, str]:
    """The Korean file, the English file, the bilingual file of alternating lines."""
    ko = [ACH_HEAD[0], ""] + [line for kt, _, kd, _ in ACHIEVEMENTS for line in (kt, kd, "")]
    en = [ACH_HEAD[1], ""] + [line for _, et, _, ed in ACHIEVEMENTS for line in (et, ed, "")]
    alt = list(ACH_HEAD) + [line for a in ACHIEVEMENTS for line in (a[0], a[1], a[2], a[3])]
    return "\n".join(ko), "\n".join(en), "\n".join(alt) + "\n"


HEADER = ("key", "ko", "en")


def strings_csv() -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    writer.writerows(STRINGS)
    return out.getvalue()


def strings_tsv() -> str:
    return "".join("\t".join(row) + "\n" for row in [HEADER, *STRINGS])


def strings_gold() -> dict:
    """A row translated is a pair (its cells whole, or, the same, their sentences paired in
    turn); a cell whose row has no other side is left unpaired; the same on both, either."""
    pairs = [(ko, en) for _, ko, en in STRINGS if ko and en and ko != en]
    either = [ko for _, ko, en in STRINGS if ko and ko == en]
    unpaired = [("ko", ko) if ko else ("en", en) for _, ko, en in STRINGS if not ko or not en]
    alternatives = [([row[1:]], sentences) for row in STRINGS for sentences in [STRINGS_SENTENCES.get(row[0])] if sentences]
    return gold(pairs, (), unpaired, either, tokens=STRINGS_TOKENS, alternatives=alternatives)


def layouts() -> list[Layout]:
    qko, qen = quest_files()
    ako, aen, alt = ach_files()
    strings = strings_gold()
    return [
        Layout("patch_md", {"ko_patch.md": PATCH_KO, "en_patch.md": PATCH_EN}, gold(**PATCH_GOLD)),
        Layout("hotfix_md", {"ko_hotfix.md": HOTFIX_KO, "en_hotfix.md": HOTFIX_EN}, gold(**HOTFIX_GOLD)),
        Layout("event_html", {"ko_event.html": EVENT_KO, "en_event.html": EVENT_EN}, gold(**EVENT_GOLD)),
        Layout("maint_html", {"ko_maint.html": MAINT_KO, "en_maint.html": MAINT_EN}, gold(**MAINT_GOLD)),
        Layout("quest_txt", {"ko_quest.txt": qko, "en_quest.txt": qen}, quest_gold(False)),
        Layout("quest_block", {"quest_bilingual.txt": qko + "\n" + qen}, quest_gold(False)),
        Layout("quest_pre", {"ko_quest.txt": qko, "en_quest.txt": qen}, quest_gold(True), presegmented=True),
        Layout("ach_txt", {"ko_ach.txt": ako, "en_ach.txt": aen}, ach_gold()),
        Layout("ach_alt", {"achievements.txt": alt}, ach_gold()),
        Layout("items_csv", {"strings.csv": strings_csv()}, strings),
        Layout("items_tsv", {"strings.tsv": strings_tsv()}, strings),
    ]
