"""Partner blocks of a bilingual document (aligning.partner_blocks): a block printed in the
other order, a run that holds the end of one block and the start of the next, an
untranslated block. Synthetic embeddings, with the runs numbered by the pipeline's own
language_runs; then one document with the real encoder."""

from __future__ import annotations

import numpy as np
import pytest

from aligner import align_document
from aligner.aligning import partner_blocks
from aligner.pipeline import language_runs
from aligner.records import Segment

DIM = 256


def unit(v: np.ndarray) -> np.ndarray:
    return v / np.linalg.norm(v, axis=-1, keepdims=True)


def document(layout: list[str], sentences: int = 2, seed: int = 0):
    """A bilingual document of blocks in reading order: "KE" (a Korean paragraph of
    ``sentences`` sentences, then its English translation), "EK", or "K" / "E" (one side
    left out). Returns (Korean runs, English runs, Korean embeddings, English embeddings,
    each Korean and each English sentence's block)."""
    rng = np.random.default_rng(seed)
    segments: list[Segment] = []
    emb: dict[str, list[np.ndarray]] = {"ko": [], "en": []}
    gold: dict[str, list[int]] = {"ko": [], "en": []}
    for block, sides in enumerate(layout):
        content = rng.normal(size=(sentences, DIM))
        for paragraph, side in enumerate(sides, 2 * block):
            lang = {"K": "ko", "E": "en"}[side]
            for vector in content:
                segments.append(Segment(f"{lang} {block}", lang, len(segments), len(segments) + 1, paragraph))
                emb[lang].append(vector + 0.3 * rng.normal(size=DIM))
                gold[lang].append(block)
    ko_runs, en_runs = language_runs(segments)
    return (np.array(ko_runs), np.array(en_runs), unit(np.array(emb["ko"], dtype=np.float32)),
            unit(np.array(emb["en"], dtype=np.float32)), np.array(gold["ko"]), np.array(gold["en"]))


def assert_partners(got: tuple[np.ndarray, np.ndarray], gold_ko: np.ndarray, gold_en: np.ndarray) -> None:
    """A Korean and an English sentence share a block number exactly when they are of one
    block, and the numbers rise on each side."""
    ko, en = got
    assert ((ko[:, None] == en[None, :]) == (gold_ko[:, None] == gold_en[None, :])).all()
    for side in (ko, en):
        numbered = side[~np.isnan(side)]
        assert (np.diff(numbered) >= 0).all()


@pytest.mark.parametrize("layout", [["KE", "KE", "EK", "KE", "KE"], ["EK", "EK", "KE", "EK", "EK"]])
def test_a_block_in_the_other_order_partners_its_own_translation(layout):
    """One block of five in the other order. Before, its Korean took the document's
    direction and got the next block's English as partner (its own translation paid the
    block penalty, and the next block's English did not)."""
    ko_runs, en_runs, ko_emb, en_emb, gold_ko, gold_en = document(layout)
    assert_partners(partner_blocks(ko_runs, en_runs, ko_emb, en_emb), gold_ko, gold_en)


def test_a_run_holding_the_end_of_one_block_and_the_start_of_the_next_is_cut_between_them():
    """``K0 E0 | E1 K1 | K2 E2``: E0 E1 is one English run and K1 K2 one Korean run; each is
    cut where its block ends, so K1 partners E1 and K2 partners E2, and K0 stays with E0."""
    ko_runs, en_runs, ko_emb, en_emb, gold_ko, gold_en = document(["KE", "EK", "KE"], sentences=3)
    assert ko_runs.tolist() == [0] * 3 + [2] * 6 and en_runs.tolist() == [1] * 6 + [3] * 3
    ko, en = partner_blocks(ko_runs, en_runs, ko_emb, en_emb)
    assert_partners((ko, en), gold_ko, gold_en)
    assert len(set(ko[3:].tolist())) == len(set(en[:6].tolist())) == 2


def test_a_first_block_in_the_other_order_has_a_partner():
    """An English-first document whose first block is printed Korean first: that Korean
    run has no English run before it (before, it partnered nothing)."""
    ko_runs, en_runs, ko_emb, en_emb, gold_ko, gold_en = document(["KE", "EK", "EK", "EK"])
    assert_partners(partner_blocks(ko_runs, en_runs, ko_emb, en_emb), gold_ko, gold_en)


@pytest.mark.parametrize("layout", [
    ["KE", "K", "KE", "KE"],  # the untranslated Korean joins the next block's Korean run
    ["KE", "E", "KE", "KE"],  # the untranslated English joins the English run before it
    ["KE", "K", "E", "KE"],   # two untranslated neighbours look like a block
    ["EK", "EK", "E", "EK"],
])
def test_an_untranslated_block_partners_no_sentence(layout):
    """A block with one side left out: its sentences share a number with no sentence of
    the other language (before, with those of the neighbouring block's run)."""
    ko_runs, en_runs, ko_emb, en_emb, gold_ko, gold_en = document(layout)
    ko, en = partner_blocks(ko_runs, en_runs, ko_emb, en_emb)
    assert_partners((ko, en), gold_ko, gold_en)


def test_weak_evidence_keeps_the_documents_direction():
    """A Korean-first document whose third block's Korean is a loose translation that
    resembles the English before it a little more than its own (cosines 0.47 and 0.44):
    too little evidence to cut against the document's direction. (A guard on
    ``Params.block_margin``: the document-wide direction gave the same.)"""
    ko_runs, en_runs, ko_emb, en_emb, gold_ko, gold_en = document(["KE", "KE", "KE", "KE"], sentences=1)
    rng = np.random.default_rng(1)
    ko_emb[2] = unit(0.55 * en_emb[1] + 0.45 * en_emb[2] + 0.85 * unit(rng.normal(size=DIM)))
    before, own = float(ko_emb[2] @ en_emb[1]), float(ko_emb[2] @ en_emb[2])
    assert 0.3 < own < before < own + 0.2
    assert_partners(partner_blocks(ko_runs, en_runs, ko_emb, en_emb), gold_ko, gold_en)


# An English-first document whose first block is printed Korean first, then an English
# paragraph left untranslated.
REVERSED_FIRST_BLOCK = """\
우리 마을 뒤에는 오래된 참나무 숲이 있다. 할아버지는 그 숲의 나무들이 백 년도 넘었으며, 전쟁 중에도 마을 사람들이 땔감으로 베지 않고 지켜 냈다고 말씀하시곤 했다.
Behind our village there is an old oak forest. My grandfather used to say that the trees of that forest were more than a hundred years old, and that even during the war the villagers had kept them instead of cutting them for firewood.
It can't be luck. The village had protected the forest for generations.
Every autumn, my mother made jam from the wild berries. She gave most of it to our neighbours.
매년 가을이면 어머니는 산딸기로 잼을 만드셨다. 어머니는 그 대부분을 이웃들에게 나눠 주셨다.
The winters were long and cold. We spent the evenings reading by the stove.
겨울은 길고 추웠다. 우리는 저녁마다 난로 옆에서 책을 읽었다.
"""


def test_untranslated_paragraph_after_a_block_in_the_other_order_stays_unpaired(use_encoder):
    """Before, the first block's Korean had no partner run (the document is English
    first), so its pairs paid the block penalty with or without the untranslated English
    after them, and its second pair took both of those sentences (a 1-3 pair)."""
    result = align_document(REVERSED_FIRST_BLOCK, encoder=use_encoder)
    assert [(p.ko_text, p.en_text) for p in result.pairs] == [
        ("우리 마을 뒤에는 오래된 참나무 숲이 있다.", "Behind our village there is an old oak forest."),
        ("할아버지는 그 숲의 나무들이 백 년도 넘었으며, 전쟁 중에도 마을 사람들이 땔감으로 베지 않고 지켜 냈다고 말씀하시곤 했다.",
         "My grandfather used to say that the trees of that forest were more than a hundred years old, and that "
         "even during the war the villagers had kept them instead of cutting them for firewood."),
        ("매년 가을이면 어머니는 산딸기로 잼을 만드셨다.", "Every autumn, my mother made jam from the wild berries."),
        ("어머니는 그 대부분을 이웃들에게 나눠 주셨다.", "She gave most of it to our neighbours."),
        ("겨울은 길고 추웠다.", "The winters were long and cold."),
        ("우리는 저녁마다 난로 옆에서 책을 읽었다.", "We spent the evenings reading by the stove."),
    ]
    assert [s.text for s in result.unpaired] == ["It can't be luck.", "The village had protected the forest for generations."]


def test_no_pair_takes_its_sentences_from_two_records(use_encoder):
    """A record (a bilingual table's row, parted by segmenting.RECORD_BREAK lines) holds
    what translates within it: a Korean sentence alone in its record stays unpaired even
    beside its own translation in the next record, and so does that translation; the
    records around them pair as before."""
    from aligner.pipeline import records_of
    from aligner.segmenting import RECORD_BREAK

    rows = [("시장은 기자회견을 열었다.", "The mayor held a press conference."),
            ("시민들은 새 공원을 환영했다.", ""),
            ("", "Citizens welcomed the new park."),
            ("야당은 예산을 비판했다.", "The opposition criticised the budget.")]
    text = "".join(f"{RECORD_BREAK}\n" + "".join(f"{cell}\n" for cell in row if cell) for row in rows)
    result = align_document(text)
    assert [(p.ko[0].text, p.en[0].text) for p in result.pairs] == [rows[0], rows[3]]
    assert sorted(u.segment.text for u in result.unpaired) == sorted([rows[2][1], rows[1][0]])
    assert records_of(text, result.ko_segments) == [1, 2, 4] and records_of(text, result.en_segments) == [1, 3, 4]
    assert records_of("시장은 기자회견을 열었다.\nThe mayor held a press conference.\n", result.ko_segments) is None
