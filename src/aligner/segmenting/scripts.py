"""Scripts: the character classes of Korean and English, and the language of a text or a word."""

from __future__ import annotations

import html
import re

# (not the invisible fillers U+115F, U+1160, U+3164: "ㅤ" pads a line, it is no letter)
_HANGUL = re.compile(r"[\u1100-\u115e\u1161-\u11ff\u3131-\u3163\u3165-\u318f\uac00-\ud7a3]")
_FILLERS = frozenset("\u115f\u1160\u3164\uffa0")
# (not × and ÷, which Latin-1 puts among its letters: "297 × 210" has none)
_LATIN = re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\uff21-\uff3a\uff41-\uff5a]")  # full-width too: Ｓｅｏｕｌ
_ALNUM = re.compile(r"[^\W_]")
_TOKEN = re.compile(r"\S+")
# An address is a word holding "@" with a dot after it, or the rest of a word from "http(s)://"
# or "www." on. Found word by word: one regex over the text would backtrack over a long
# word for every start position (quadratic on a megabyte without spaces).
_URL_START = re.compile(r"https?://|www\.")
# ... and so is a file's name, by its extension: an attachment list's "250916_Cup_Deposit_EN.pdf"
# was paired with the label "첨부파일"
_FILE_EXTENSION = re.compile(r"\.(?:pdf|hwpx?|docx?|xlsx?|pptx?|odt|zip|jpe?g|png|gif|txt|csv|mp[34])\b", re.IGNORECASE)
_FILE_NAME = re.compile(rf"[(\[]?[^\s/\\]+?{_FILE_EXTENSION.pattern}[)\],.;:]*", re.IGNORECASE)
# A software string's placeholder ("{date}", "{0}", "%s", "%1$d", "%.2f"): written alike in
# both languages, it is no language's either ("버전 %s": "%s" was an English sentence)
PLACEHOLDER = r"\{[^{}\s]{0,40}\}|%(?:\d{1,2}\$)?[-+ #0]?\d{0,3}(?:\.\d{1,3})?[sdifu@]"
_PLACEHOLDERS = re.compile(PLACEHOLDER)
# ... nor is a markup tag in a string, a game's or a web page's ("%d</color>", "<b>", "<size=20>"):
# lower-case names only, so a title written "<Parasite>" keeps its letters ("마나 소모: %d</color>"
# had an English run "%d</color>")
_TAGS = re.compile(r"</?[a-z][a-z0-9]{0,20}(?:[\s=][^<>\n]{0,80})?/?>")
# ... nor is a percentage point's sign, which Korean figures take ("0.32%p", "△1.2%p"): a
# table row's cells "0.32%p | 0.25%p" were an English run inside a Korean line
_PERCENT_POINT = re.compile(r"(?<=\d)\s?%p(?![A-Za-z])")
_DOT_WORD = re.compile(r"\.\w")
SYLLABLES = re.compile(r"[\uac00-\ud7a3]+")  # a run of Hangul syllables (no jamo, unlike _HANGUL)
_HANDLE = re.compile(r"@[A-Za-z0-9_.]{2,30}[,.!?:;)]*")
# ... and so is a user's name as a shop's reviews or a forum's posts show it, in lower case:
# masked ("jiny****"), with an underscore ("haru_mom") or an inner dot ("minseo.k"): a review's
# "minseo.k" was an English sentence, paired with a star rating. Alone, not inside a sentence
# (a word of it keeps its language); not a word and a number ("dalgom2" as "covid19", "python3").
_USER_NAME = re.compile(r"(?=[a-z0-9._*]{3,30}$)(?!.*\.$)[a-z0-9]*[a-z][a-z0-9]*"
                        r"(?:\*{2,}|_[a-z0-9][a-z0-9._]*|(?<=[a-z0-9]{2})\.[a-z0-9][a-z0-9._]*)")


def language_of(text: str) -> str | None:
    """'ko', 'en', or None for text with no letters (numbers, dates, punctuation), or
    without Hangul and mostly letters of another script (kana, Han, Cyrillic: a Japanese
    or Chinese line holding "KTX" or "Wi-Fi" is no English, each such letter weighed as a
    Hangul syllable is). Addresses (URLs, e-mail) and placeholders ("{date}", "%s") are no
    language and do not count."""
    hangul, latin = letter_counts(text)
    if latin and not hangul and not text.isascii() and 2 * _other_letters(text) > latin:
        return None
    if not hangul and latin and len(text) <= 60 and _user_names_only(text):
        return None
    return _language(hangul, latin)


def has_letters(text: str) -> bool:
    """Whether ``text`` has a Korean or English letter anywhere, addresses included (a
    segment of no language may have its letters in a web or e-mail address only)."""
    return bool(_HANGUL.search(text) or _LATIN.search(text))


def has_other_letters(text: str) -> bool:
    """Whether ``text`` has, outside web and e-mail addresses, letters of a script other
    than Korean or English: Hanja (大韓民國), kana, Cyrillic. Such text is of no language
    here, yet not without letters."""
    return _other_letters(text, first=True) > 0


def _other_letters(text: str, first: bool = False) -> int:
    """The letters of ``text`` of neither script, outside addresses (``first``: 1 at the
    first one found)."""
    text = without_addresses(text)
    count = 0
    for c in text:
        if c.isalpha() and not _HANGUL.match(c) and not _LATIN.match(c) and c not in _FILLERS:
            count += 1
            if first:
                break
    return count


# An HTML character reference left in plain text (scraped corpora, CMS exports:
# "jalape&ntilde;o", "&#8220;Yes,&#8221;") stands for its character. Only the form with its
# semicolon. (A Korean sentence written as "&#49345;&#51064;…" had no letters.)
REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decoded(text: str) -> str:
    """``text`` with its HTML character references decoded."""
    return REFERENCE.sub(lambda m: html.unescape(m.group()), text) if "&" in text else text


def _user_names_only(text: str) -> bool:
    """Are the words of ``text`` that hold Latin letters all users' names (``_USER_NAME``):
    "jiny**** |"?"""
    return all(_USER_NAME.fullmatch(w) for w in text.split() if _LATIN.search(w))


def letter_counts(text: str) -> tuple[int, int]:
    """Hangul and Latin letters of ``text`` (its character references decoded), addresses
    (web, e-mail, file names) and placeholders left out."""
    text = without_addresses(decoded(text))
    if "{" in text or "%" in text:
        text = _PERCENT_POINT.sub(" ", _PLACEHOLDERS.sub(" ", text))
    if "<" in text:
        text = _TAGS.sub(" ", text)
    return len(_HANGUL.findall(text)), len(_LATIN.findall(text))


def only_other_letters(text: str, lang: str) -> bool:
    """Whether ``text`` has letters of the language other than ``lang`` ('ko' or 'en'), and
    none of ``lang``'s (addresses and placeholders aside)."""
    hangul, latin = letter_counts(text)
    own, other = (hangul, latin) if lang == "ko" else (latin, hangul)
    return bool(other) and not own


def without_addresses(text: str) -> str:
    """``text`` with its web and e-mail addresses, handles and file names as spaces."""
    return _TOKEN.sub(_without_address, text) if _may_hold_addresses(text) else text


def addresses(text: str) -> list[str]:
    """The web and e-mail addresses, handles and file names of ``text``, as written (what
    :func:`without_addresses` leaves out)."""
    if not _may_hold_addresses(text):
        return []
    out = []
    for m in _TOKEN.finditer(text):
        kept = _without_address(m)
        if kept != m.group():
            out.append(m.group() if kept == " " else m.group()[len(kept):])
    return out


def _may_hold_addresses(text: str) -> bool:
    """A quick test before the word-by-word one: what an address or a file name holds."""
    return "@" in text or "http" in text or "www." in text or _FILE_EXTENSION.search(text) is not None


def _without_address(word: re.Match) -> str:
    text = word.group()
    if _HANDLE.fullmatch(text):  # a social network's @handle, "@minji_kim", is no word of a language
        return " "
    at = text.find("@", 1)
    if at > 0 and _DOT_WORD.search(text, at + 2):
        return " "
    if _FILE_NAME.fullmatch(text):
        return " "
    url = _URL_START.search(text)
    return text[:url.start()] if url else text


def _language(hangul: int, latin: int) -> str | None:
    if hangul == 0 and latin == 0:
        return None
    # A Hangul syllable carries about as much as two or three Latin letters.
    return "ko" if 2 * hangul >= latin else "en"


# A figure and its Korean unit or counter, a word of no language ("12,000원", "3개", "5인분",
# "(2시간)"), a range of them ("155~170cm)": a size option "M (권장 키 155~170cm)" was English)
# or a count ("x500", "×3", "2x": a reward line "보상: 금화 x500" was cut before it): a menu's
# "비빔밥 Bibimbap 12,000원" was one Korean line, its price framing it
_FIGURE = r"[₩$]?\d[\d,.]*"
_FIGURE_WORD = re.compile(rf"[(\[]?(?:{_FIGURE}(?:\s?[~～–-]\s?{_FIGURE})?\s?(?:원|만원|천원|억원|개|명|인분|인|시간|분|초|일|주|"
                          r"개월|년|세|살|층|호|번|회|장|권|잔|병|그릇|cm|km|kg|g|ml|l)|[xX×]\d[\d,]*|\d[\d,]*[xX×])[)\]]?[.,]?")


def _word_language(word: str) -> str | None:
    """A word with any Hangul is Korean (밀러(Matthew), but for a figure and its unit;
    otherwise by its letters."""
    if len(word) <= 30 and _FIGURE_WORD.fullmatch(word):
        return None
    return "ko" if _HANGUL.search(word) else language_of(word)
