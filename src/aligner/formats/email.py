"""Reading e-mail messages (.eml: RFC 822/MIME, as Outlook, Gmail and Thunderbird save them).

What becomes text: the Subject (its encoded words decoded), a heading, then the body: of
a ``multipart/alternative`` the text/plain version, else the HTML one, read as an HTML
page is (:func:`aligner.formats.html.extract`); parts side by side in a ``multipart/mixed``
(Apple Mail splits a body around a picture) in order. A part is decoded from its transfer
encoding (quoted-printable, base64), then with its charset (``euc-kr`` as CP949 where
EUC-KR does not fit, as Outlook's ``ks_c_5601-1987`` needs; ``--encoding`` overrides
them). The other headers (From, To, Date, Received…) are not text to align.

Quoted earlier messages stay text: the aligner pairs what is translated and leaves the
rest unpaired. A plain part's quote marks ("> ", "> > ") come off and their text is read,
as the HTML reader reads a ``<blockquote>`` (the HTML version's quoting) and Markdown's
``>``: either version gives the same text. ``format=flowed`` soft line breaks
(Thunderbird's) are joined. A forwarded message attached whole (``message/rfc822``) is
read after the body, its subject and body as this one's: in a thread sent for
translation it is the earlier mail, which the translation forwards too. Attachments
(files, pictures, a calendar invitation) are not read; a warning says how many.

Refused (an :class:`InputError` naming the file): bytes that are no message (no header
a mail has), a message without text, a part its charset cannot decode (unless it is
UTF-8: read so, with a warning, as the HTML reader does), and Outlook's binary ``.msg``.
"""

from __future__ import annotations

import email.policy
import logging
import re
from email.errors import MessageError
from email.header import decode_header
from email.message import EmailMessage
from email.parser import BytesParser

from ..errors import InputError
from ..wording import plural
from .html import _utf8_text, extract
from .readers import HEADING, Document, headed_document, one_line
from .text import decode

log = logging.getLogger(__name__)

# Headers a mail has, one at least (any "Word: text" line parses as a header)
_MAIL_HEADERS = frozenset("from to cc subject date message-id mime-version content-type received return-path "
                          "sender reply-to".split())
# A subject's length read (decode_header's time grows faster than its encoded words: 100,000
# of them took 9 s; an adversarial check)
_SUBJECT_CHARS = 10_000
_QUOTE_MARKS = re.compile(r"(?m)^[ \t]*>(?:[ \t]*>)*[ \t]?")
_SOFT_BREAK = re.compile(r"(?m)(?<!^--) \n")  # format=flowed: a line ending in a space goes on (not "-- ")


def read_eml(data: bytes, name: str, encoding: str | None = None) -> Document:
    """A message's subject and text; see the module's docstring."""
    reading = _Reading(name, encoding)
    try:
        message = BytesParser(policy=email.policy.default).parsebytes(data)
        if not _MAIL_HEADERS.intersection(key.lower() for key in message.keys()):
            raise InputError(f"{name}: this is not an e-mail message (no From, Subject or Date header); "
                             "save the mail from the mail program as .eml, or give the text as a .txt file")
        reading.message(message)
    except RecursionError:
        raise InputError(f"{name}: the message's parts are nested too deeply (a damaged or hostile message)") from None
    except (ValueError, LookupError, MessageError) as err:  # (a broken encoded word, a bad header)
        raise InputError(f"{name}: cannot read the message: {one_line(err)}") from None
    if not reading.encodings:
        raise InputError(f"{name}: the message has no text (no text/plain or text/html part with text in it)")
    skipped = reading.skipped
    if skipped:
        log.warning("%s: %d %s not read (%s%s)", name, len(skipped), plural(len(skipped), "attachment is",
                    "attachments are"), ", ".join(p.get_filename() or p.get_content_type() for p in skipped[:3]),
                    ", …" if len(skipped) > 3 else "")
    metadata = {"encoding": reading.encodings[0], "subject": reading.subjects[0] if reading.subjects else None,
                "forwarded_messages": max(len(reading.subjects) - 1, 0), "attachments_not_read": len(skipped)}
    return headed_document(reading.lines, "eml", name, {k: v for k, v in metadata.items() if v})


class _Reading:
    """The lines of a message and of the messages forwarded in it; what was left out."""

    def __init__(self, name: str, encoding: str | None) -> None:
        self.name, self.encoding = name, encoding
        self.lines: list[str] = []
        self.subjects: list[str] = []
        self.encodings: list[str] = []  # of the parts read
        self.skipped: list[EmailMessage] = []  # attachments

    def message(self, message: EmailMessage) -> None:
        subject = self.subject_of(message)
        self.subjects.append(subject)
        if subject:
            self.lines.append(HEADING + subject)
        forwarded: list[EmailMessage] = []
        for part in self.body(message, self.skipped, forwarded):
            label = f"{self.name}: the message's {part.get_content_type()} part"
            text, used = self.decoded(part.get_payload(decode=True) or b"", label, part.get_content_charset())
            if part.get_content_subtype() == "html":
                found = extract(text, label)[0]
            else:
                text = _QUOTE_MARKS.sub("", text)
                if (part.get_param("format") or "").lower() == "flowed":
                    text = _SOFT_BREAK.sub("" if (part.get_param("delsp") or "").lower() == "yes" else " ", text)
                found = text.split("\n")
            if any(line.strip() for line in found):
                if self.lines and not self.lines[-1].startswith(HEADING):
                    self.lines.append("")  # a part's end ends a paragraph
                self.lines += found
                self.encodings.append(used)
        for inner in forwarded:
            self.message(inner)

    def body(self, part: EmailMessage, skipped: list, forwarded: list) -> list[EmailMessage]:
        """The text parts to read under ``part``, in order; the attachments (``skipped``)
        and forwarded messages (``forwarded``) beside them."""
        kind, subtype = part.get_content_type(), part.get_content_subtype()
        if kind == "message/rfc822":
            forwarded.append(part.get_content())
            return []
        if part.is_attachment() or not part.is_multipart() and kind not in ("text/plain", "text/html"):
            skipped.append(part)
            return []
        if not part.is_multipart():
            return [part] if (part.get_payload(decode=True) or b"").strip() else []
        children = list(part.iter_parts())[:1] if subtype == "signed" else part.iter_parts()  # (not the signature)
        if subtype != "alternative":
            beside = [] if subtype == "related" else skipped  # (the pictures an HTML part shows: no attachments)
            return [found for child in children for found in self.body(child, beside, forwarded)]
        # versions of one text: the first with a text/plain part, else the first with any;
        # the others' attachments (their pictures) are not counted
        versions = [(self.body(child, attached := [], within := []), attached, within) for child in children]
        plain = [v for v in versions if any(p.get_content_subtype() == "plain" for p in v[0])]
        found, attached, within = (plain or [v for v in versions if v[0]] or [([], [], [])])[0]
        skipped += attached
        forwarded += within
        return found

    def subject_of(self, message: EmailMessage) -> str:
        """The Subject, decoded strictly (the email package replaces what a charset cannot
        decode); 8-bit bytes written without encoded words, as some mailers do, detected."""
        raw = next((value for key, value in message.raw_items() if key.lower() == "subject"), "")[:_SUBJECT_CHARS]
        words = [(raw.encode("ascii", "surrogateescape"), None)]  # as written, where it is no encoded words
        if raw.isascii():
            try:
                words = [(w.encode("ascii") if isinstance(w, str) else w, c) for w, c in decode_header(raw)]
            except (ValueError, LookupError, MessageError):
                pass  # a broken encoded word: the subject as written, not the message refused
        label = f"{self.name}: the message's subject"
        try:
            return " ".join("".join(self.decoded(word, label, charset)[0] for word, charset in words).split())
        except InputError:
            if not raw.isascii() or self.encoding:
                raise
            log.warning("%s cannot be decoded; read as written", label)  # (not the message refused)
            return " ".join(raw.split())

    def decoded(self, data: bytes, label: str, charset: str | None) -> tuple[str, str]:
        """``data`` decoded as ``--encoding`` says, else as ``charset``, else detected; and
        the encoding used."""
        if not data.strip():
            return data.decode("ascii", "replace"), "ascii"
        try:
            return decode(data, label, self.encoding or charset)
        except InputError as err:
            if self.encoding or not charset:
                raise
            if not _utf8_text(data):
                raise InputError(f"{err} (it declares charset={charset}; pass --encoding to read it otherwise)") from None
        log.warning("%s declares charset=%s, which its bytes are not, but they are UTF-8; read as UTF-8", label, charset)
        return decode(data, label, "utf-8")


def read_msg(data: bytes, name: str, encoding: str | None = None) -> Document:
    """Outlook's binary .msg is not read: the error says how to save the message as .eml."""
    raise InputError(f"{name}: this is an Outlook message (.msg), which is not read; save the message as .eml "
                     "(Outlook on the web and the new Outlook: Download) or, in classic Outlook, Save As Text Only "
                     "(.txt)")
