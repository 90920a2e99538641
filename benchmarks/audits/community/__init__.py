"""User-generated conversational text (``gold.py``): a KakaoTalk group chat and its English
export (header, "저장한 날짜", date separators, "[김민지] [오후 3:15]" prefixes, messages continuing
on lines of their own, an empty message, "사진", "이모티콘", "삭제된 메시지입니다.", a link, an account
and a phone number, "ㅇㅇ", "ㅋㅋㅋ" twice translated two ways), the same chat as KakaoTalk's
phone export, WhatsApp's and a LINE-like export; a 지식iN-style Q&A thread (tags, "채택된 답변", votes, a quoted reply, a signature Korean
only) as two saved pages with their sites' chrome; a gaming forum thread (반말, ㅋㅋ, ㅇㅈ, slang
translated loosely, a reply left untranslated, two Korean lines one English sentence); a
telecom's support chat with canned lines repeated. Laid out in ten ways (``make.py``: two
``.txt`` exports (four chat formats), one bilingual ``.txt`` of alternating lines, two ``.html``, a bilingual
file English first, two ``.txt`` read ``--presegmented`` and as plain text); scored by
position, so each occurrence of a repeated line must pair with its own (``score.py``)."""

from .make import layouts
from .score import COLUMNS, score

__all__ = ["COLUMNS", "layouts", "score"]
