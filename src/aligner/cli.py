"""Command line: ``aligner align``, ``aligner build-tm`` and ``aligner mine``.

Exit codes (also in the README): 0 success, 1 internal error, 2 usage error,
3 input file error, 4 language error, 5 encoder unavailable, 6 output error,
7 partial build (some documents failed), 130 interrupted (143: terminated).

Only the standard library is imported at start-up; the pipeline (numpy, the models'
packages) is imported inside :func:`main`, so that Ctrl-C at any moment, and every bad
option, ends in one line on standard error and an exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import math
import os
import re
import signal
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from .errors import AlignerError, InputLimitError, UsageError
from .wording import plural

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)

if TYPE_CHECKING:
    from .formats.readers import Document
    from .records import Alignment

log = logging.getLogger("aligner")


def main(argv: Sequence[str] | None = None, *, process: bool = False) -> int:
    """Run one command; return its exit code. ``process``: this is the whole program
    (``aligner``), which ends after it; else (a caller's own process) the signal handlers
    are put back as they were."""
    argv = list(sys.argv[1:] if argv is None else argv)
    handlers = {s: signal.getsignal(s) for s in (signal.SIGINT, *_ENDING)}
    debug = "--debug" in argv
    # as in output files, a lone surrogate (a file name that is not UTF-8) is written escaped;
    # only on UTF-8: on another encoding an unwritable character stays an error, not an escape
    if hasattr(sys.stdout, "reconfigure") and str(getattr(sys.stdout, "encoding", "")).lower() in ("utf-8", "utf8"):
        sys.stdout.reconfigure(errors="backslashreplace")
    try:
        _handle_signals()
        args, extra = _parser().parse_known_args(argv)
        if extra:  # said with the command's help, not the top level's (argparse's own error)
            raise UsageError(f"unrecognized arguments: {' '.join(extra)}")
        _configure_logging(args.quiet)
        _check_names(args)
        return args.run(args)
    except AlignerError as err:
        if debug:
            raise
        message = _one_line(str(err))
        if isinstance(err, UsageError) and "--help" not in message:  # the command's checks, after argparse's
            command = argv[0] if argv and argv[0] in _COMMANDS else ""
            message += f"; see '{' '.join(('aligner', command)).strip()} --help'"
        _say(f"aligner: error: {message}")
        return err.exit_code
    except BrokenPipeError:  # standard output closed early (`aligner align x | head`): end quietly
        return 141  # as a shell reports a command that SIGPIPE ended (128 + 13)
    except KeyboardInterrupt:
        _say("aligner: interrupted; no output written")
        return 130
    except _Terminated as ended:
        what = "hung up" if ended.signum == getattr(signal, "SIGHUP", None) else "terminated"
        _say(f"aligner: {what}; no output written")
        return 128 + ended.signum
    except MemoryError:  # the input, not the program: say what to do
        if debug:
            raise
        _say("aligner: error: out of memory; give a smaller input (split the file) or lower --max-input-mb "
             "(and --jobs for build-tm)")
        return 5
    except Exception as err:  # a bug: say so in one line, the traceback with --debug
        if debug:
            raise
        _say(f"aligner: internal error: {type(err).__name__}: {_one_line(str(err))} (rerun with --debug)")
        return 1
    finally:
        _settle_stdout()
        if not process and threading.current_thread() is threading.main_thread():
            for sig, handler in handlers.items():
                signal.signal(sig, handler)


# Signals that end a run as Ctrl-C does: SIGTERM, and SIGHUP (its terminal closed)
_ENDING = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


class _Terminated(BaseException):
    """SIGTERM or SIGHUP, raised like Ctrl-C's KeyboardInterrupt so that temporary files go away."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _handle_signals() -> None:
    # KeyboardInterrupt from here on. (SIGPIPE stays ignored, as Python sets it: a pipe
    # closed early raises BrokenPipeError where it is written, see main; killed by the
    # signal, a run whose warnings went to a closed stderr, "2>&1 | head", died half-way
    # through writing its outputs and left their temporary files.)
    signal.signal(signal.SIGINT, signal.default_int_handler)


@contextmanager
def _terminable() -> Iterator[None]:
    """SIGTERM and SIGHUP raise, as Ctrl-C does, so that a temporary output file is removed
    (a build's engine then stops its workers, as for Ctrl-C). A worker process forked from
    this one dies of it as it would have. An ignored SIGHUP (``nohup``) stays ignored."""
    previous = {sig: signal.getsignal(sig) for sig in _ENDING}
    here = os.getpid()

    def terminate(signum: int, frame: object) -> None:
        if os.getpid() != here:
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        raise _Terminated(signum)

    for sig, handler in previous.items():
        if handler is not signal.SIG_IGN:
            signal.signal(sig, terminate)
    try:
        yield
    finally:
        for sig, handler in previous.items():
            if signal.getsignal(sig) is terminate:  # not once the outputs are in place
                signal.signal(sig, handler)


def _say(line: str) -> None:
    """One line on standard error, unless it is closed (``2>&-``: the exit code speaks)."""
    if sys.stderr is not None:
        try:
            print(line, file=sys.stderr)
        except (OSError, ValueError):  # a closed pipe ("2>&1 | head"): the exit code speaks
            pass


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_COMMANDS = ("align", "build-tm", "mine")


def _one_line(message: str) -> str:
    """A message on one line, whatever it quotes: a file name with a line break in it, or
    a terminal's escape sequence (ESC [ 3 1 m), written escaped."""
    return _CONTROL.sub(lambda m: _ESCAPES.get(m.group()) or ascii(m.group())[1:-1], message)


def _settle_stdout() -> None:
    """Flush standard output now; if it cannot be written (a full disk), point it at
    /dev/null so that Python's own flush at exit does not print a second error."""
    if sys.stdout is None:
        return
    try:
        sys.stdout.flush()
    except (OSError, ValueError):
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)
        except (OSError, ValueError):
            pass


class _OneLineFormatter(logging.Formatter):
    """Each record one line, as the errors are (a file name with a line break in it)."""

    def format(self, record: logging.LogRecord) -> str:
        return _one_line(super().format(record))


def _configure_logging(quiet: bool) -> None:
    """The CLI alone configures logging: the package's records, one line each, on stderr."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_OneLineFormatter("aligner: %(message)s"))
    log.handlers = [handler]
    log.setLevel(logging.WARNING if quiet else logging.INFO)
    log.propagate = False


class _Parser(argparse.ArgumentParser):
    """argparse with usage errors as one line (and exit code 2) instead of its usage block."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message}; see '{self.prog} --help'")


def _score(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid float value: {text!r} (give a number from 0 to 1)") from None
    if not (math.isfinite(value) and 0.0 <= value <= 1.0):
        raise argparse.ArgumentTypeError(f"{text!r} is outside 0 to 1 (give a number from 0 to 1)")
    return value


def _page_file(text: str) -> str:
    """A review page's file: '-' elsewhere means standard output, which a page (with the
    pairs on stdout or not) is never written to; a file named '-' is './-'."""
    if text == "-":
        raise argparse.ArgumentTypeError("the review page is written to a file, not standard output; "
                                         "give a file name such as review.html")
    return text


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"invalid number of jobs {text!r}: give 0 (all cores) or more")
    return value


def _encoding(text: str) -> str:
    import codecs

    try:
        text_codec = codecs.lookup(text)._is_text_encoding
    except LookupError:
        text_codec = False
    if not text_codec:
        raise argparse.ArgumentTypeError(f"unknown text encoding {text!r} (give one such as utf-8, cp949, "
                                         "utf-16 or euc-kr)")
    return text


def _megabytes(text: str) -> float:
    from .formats.text import MAX_INPUT_MB_CAP

    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and 0 < value <= MAX_INPUT_MB_CAP):
        raise argparse.ArgumentTypeError(
            f"invalid size {text!r}: give a number of megabytes above 0, at most {MAX_INPUT_MB_CAP:,.0f}")
    return value


def _parser() -> argparse.ArgumentParser:
    from . import __version__
    from .embed import DEFAULT_ENCODER
    from .formats.readers import READERS
    from .formats.text import DEFAULT_MAX_INPUT_MB
    from .formats.writers import FORMATS

    parser = _Parser(prog="aligner", description="Korean–English sentence aligner.")
    parser.add_argument("--version", action="version", version=f"aligner {__version__}")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--format", choices=sorted(FORMATS), help="output format (default: from the extension, else tsv)")
    common.add_argument("--encoder", default=DEFAULT_ENCODER,
                        help="use (default), e5-small, or a sentence-transformers model name or path")
    common.add_argument("--device", help="for sentence-transformers models: cpu, cuda, cuda:1 (default: auto)")
    common.add_argument("--allow-download", action="store_true",
                        help="let a sentence-transformers model be fetched from the Hugging Face hub "
                             "(default: local folders and the local cache only)")
    common.add_argument("--min-score", type=_score, default=0.0, help="leave out pairs scoring below this (0-1)")
    common.add_argument("--presegmented", action="store_true", help="inputs hold one sentence per line")
    common.add_argument("--encoding", type=_encoding, help="input encoding of text, HTML and subtitle files (default: detected)")
    common.add_argument("--max-input-mb", type=_megabytes, metavar="MB",
                        help=f"refuse an input file larger than this (default: {DEFAULT_MAX_INPUT_MB:g})")
    common.add_argument("--no-date", action="store_true", help="TMX: no creation date (byte-identical reruns)")
    common.add_argument("--ko-lang", default="ko", metavar="TAG", help="TMX language tag of the Korean side (ko-KR)")
    common.add_argument("--en-lang", default="en", metavar="TAG", help="TMX language tag of the English side (en-US)")
    common.add_argument("--inline-codes", action="store_true",
                        help="TMX: tags and placeholders (<b>, {0}, %%s, \\n) as inline elements a CAT tool protects")
    common.add_argument("--code-pattern", metavar="REGEX",
                        help="TMX: a regular expression for the inline codes instead of the built-in kinds "
                             "(implies --inline-codes)")
    common.add_argument("-q", "--quiet", action="store_true", help="no summary on standard error")
    common.add_argument("--debug", action="store_true", help="show tracebacks")

    review = argparse.ArgumentParser(add_help=False)  # align and build-tm: mining has no alignment to review
    review.add_argument("--review", metavar="FILE", type=_page_file, action=_Once,
                        help="also write a review page (one self-contained HTML file) to check and correct the pairs")

    align = sub.add_parser("align", parents=[common, review], help="align one bilingual file, or a Korean and an English file")
    _output_options(align, "output file; '-' (default) is standard output", "drop repeated identical pairs",
                    "TSV: write a header line (also in --unpaired)")
    align.add_argument("inputs", nargs="+", metavar="FILE", help="BILINGUAL.txt, or KOREAN.txt ENGLISH.txt (either order)")
    align.add_argument("--unpaired", metavar="FILE", action=_Once,
                       help="write the segments left unpaired here, with the reason (TSV)")
    align.add_argument("--anchors", metavar="FILE", action=_Once,
                       help="corrections.json from a review page: keep its accepted and made pairs, "
                            "never make its rejected ones, align the rest around them")
    align.add_argument("--input-format", choices=sorted(READERS),
                       help="read the inputs as this format (default: from the extension; others are text)")
    align.set_defaults(run=_run_align)

    build = sub.add_parser("build-tm", parents=[common, review], help="build one translation memory from many documents")
    _output_options(build, "the memory's file (.tmx, .tsv, .jsonl, .xlsx; OUT.ko for Moses): required",
                    "(always: a memory holds each pair once)", "TSV: write a header line")
    build.add_argument("inputs", nargs="+", metavar="PATH", help="MANIFEST.jsonl|.tsv, or KO_DIR EN_DIR")
    build.add_argument("--jobs", type=_jobs, default=0, help="worker processes (default: all cores)")
    build.add_argument("--engine", choices=("local", "ray"), default="local", help="local processes or a Ray cluster")
    build.add_argument("--ray-address", help="Ray cluster address (default: start Ray locally)")
    build.add_argument("--state", help="resume file (default: OUTPUT.state.jsonl; shards in OUTPUT.state.shards/)")
    build.add_argument("--fresh", action="store_true", help="delete the resume state and align every document again")
    build.add_argument("--pair-by", choices=("name", "content"), default="name",
                       help="KO_DIR EN_DIR: pair files by name (default) or by what they say")
    build.set_defaults(run=_run_build)

    mine = sub.add_parser("mine", parents=[common],
                          help="find the sentence pairs that are translations among Korean and English files")
    _output_options(mine, "output file; '-' (default) is standard output", "drop repeated identical pairs",
                    "TSV: write a header line")
    mine.add_argument("--ko", nargs="+", required=True, metavar="FILE",
                      help="files whose Korean sentences are mined (a bilingual file gives only its Korean)")
    mine.add_argument("--en", nargs="+", required=True, metavar="FILE",
                      help="files whose English sentences are mined (a bilingual file gives only its English)")
    mine.add_argument("--threshold", type=_score,
                      help="keep pairs whose probability of being a translation is at least this "
                           "(default: the threshold chosen on the mining benchmark)")
    mine.set_defaults(run=_run_mine)
    return parser


class _Once(argparse.Action):
    """An option that names one file, given once: a second "--anchors" replaced the first
    without a word, and a first reviewer's rejections were lost."""

    def __call__(self, parser, namespace, values, option_string=None):
        given = namespace.__dict__.setdefault("_given_once", set())
        if self.dest in given:
            parser.error(f"{option_string} given twice; give it once (one file)")
        given.add(self.dest)
        setattr(namespace, self.dest, values)


def _output_options(parser: argparse.ArgumentParser, output: str, dedupe: str, header: str) -> None:
    """The options every command has, said as each command means them."""
    parser.add_argument("-o", "--output", default="-", action=_Once, help=output)
    parser.add_argument("--dedupe", action="store_true", help=dedupe)
    parser.add_argument("--header", action="store_true", help=header)


def _run_align(args: argparse.Namespace) -> int:
    with _terminable(), _input_limit(args):
        return _align(args)


def _align(args: argparse.Namespace) -> int:
    from .building.memory import TranslationMemory
    from .formats.writers import (
        ExportStats,
        check_output_folders,
        check_paths,
        format_for,
        open_output,
        output_paths,
        output_transaction,
        signature,
        warn_removed,
        write_unpaired,
    )
    from .pipeline import align_document, align_texts, other_language_warnings

    started = time.perf_counter()
    if len(args.inputs) > 2:
        raise UsageError("align takes one bilingual file, or two files (Korean and English)")
    format_for(args.output, args.format)  # an unknown extension fails now, not after the work
    check_paths(args.inputs, shared=[args.anchors] if args.anchors else [],
                output=args.output if args.output is not None else "-", fmt=args.format,
                unpaired=args.unpaired, review=args.review)
    outputs = output_paths(args.output, args.format) if args.output not in (None, "-") else [args.output]
    check_output_folders(*outputs, args.unpaired, args.review)  # (Moses: OUT.ko and OUT.en, each)
    # (not format_for's message, which offers --format: it chooses the pairs' format only)
    if args.unpaired and args.unpaired != "-" and os.path.splitext(args.unpaired)[1].lower() not in ("", ".tsv", ".txt"):
        raise UsageError(f"--unpaired {args.unpaired}: the unpaired list is TSV; give a .tsv or .txt file")
    _check_output_settings(args)
    docs = [_read(path, args) for path in args.inputs]
    if len(docs) == 2:
        from .segmenting import korean_and_english

        k, e = korean_and_english([(path, doc.text) for path, doc in zip(args.inputs, docs)])
        (ko_path, ko_doc), (en_path, en_doc) = (args.inputs[k], docs[k]), (args.inputs[e], docs[e])
    inputs, anchors = _review_inputs(args, [d.text for d in docs],
                                     None if len(docs) == 1 else (ko_path, ko_doc.text, en_path, en_doc.text))
    encoder = _encoder(args)
    if args.review:
        from .review.evidence import EmbeddingLog

        encoder = EmbeddingLog(encoder)  # the page's evidence reuses the alignment's embeddings
    try:
        if len(docs) == 1:
            result = align_document(docs[0].text, encoder=encoder, presegmented=args.presegmented,
                                    name=args.inputs[0], anchors=anchors, cues=docs[0].cues,
                                    unwrap=docs[0].format == "txt", headings=docs[0].headings)
        else:
            log.info("Korean: %s; English: %s", ko_path, en_path)
            result = align_texts(ko_doc.text, en_doc.text, encoder=encoder, presegmented=args.presegmented,
                                 anchors=anchors, ko_cues=ko_doc.cues, en_cues=en_doc.cues,
                                 unwrap=(ko_doc.format == "txt", en_doc.format == "txt"),
                                 ko_headings=ko_doc.headings, en_headings=en_doc.headings)
    except InputLimitError as err:  # too many segments: say which files
        raise InputLimitError(f"{', '.join(args.inputs)}: {err}") from None
    if len(docs) == 2:
        for warning in other_language_warnings(ko_path, en_path, result):
            log.warning("%s", warning)
    if not result.pairs:
        log.warning("no sentence was paired: %s", _why_nothing_paired(result))
    memory = TranslationMemory(dedupe=args.dedupe, min_score=args.min_score)
    kept = memory.add_alignment(result)
    # Reading order: by offset in one bilingual text; by language, then index, for two files.
    order = (lambda u: u.start) if len(docs) == 1 else (lambda u: (u.lang != "ko", u.index))
    unpaired = sorted(kept.unpaired, key=order)
    with output_transaction(last=True):  # -o, --unpaired and --review all replaced, or none
        stats = memory.write(args.output, args.format, header=args.header, no_date=args.no_date,
                             signature=signature(args.encoder, args.presegmented), ko_lang=args.ko_lang,
                             en_lang=args.en_lang, unpaired=unpaired, inline_codes=args.inline_codes)
        if args.unpaired:
            cleaned = ExportStats()
            with open_output(args.unpaired) as out:
                write_unpaired(unpaired, out, header=args.header, stats=cleaned)
            warn_removed(cleaned.removed_chars, "tsv", args.unpaired)
        if args.review:
            from .review import ReviewDocument, write_review

            doc = ReviewDocument(os.path.splitext(inputs[0].name)[0], result, inputs, args.presegmented, anchors)
            write_review(args.review, [doc], encoder, signature=signature(args.encoder, args.presegmented))
    if args.review:
        log.info("review page: %s", args.review)
    _summary(args, kept, stats.pairs, time.perf_counter() - started)
    return 0


def _review_inputs(args: argparse.Namespace, texts: list[str], two: tuple[str, str, str, str] | None):
    """What identifies the inputs (for the review page and --anchors), and the corrections
    made for exactly these inputs, if --anchors names a file (else None)."""
    if not (args.review or args.anchors):
        return (), None
    from .review import InputIdentity, load_corrections
    from .review.page import check_review_path

    check_review_path(args.review, *args.inputs, args.anchors, args.output, args.unpaired)

    if two is None:
        inputs = (InputIdentity.of("bilingual", args.inputs[0], texts[0]),)
    else:
        ko_path, ko_text, en_path, en_text = two
        inputs = (InputIdentity.of("ko", ko_path, ko_text), InputIdentity.of("en", en_path, en_text))
    anchors = load_corrections(args.anchors).for_inputs(list(inputs), args.presegmented) if args.anchors else None
    return inputs, anchors


# Options whose values are names, not paths: a byte that is not UTF-8 in one is no name
# (a file's name may hold one: it is only shown escaped)
_NAMES = ("encoder", "device", "ray_address", "ko_lang", "en_lang")


def _check_names(args: argparse.Namespace) -> None:
    from .formats.text import LONE_SURROGATE

    for name in _NAMES:
        value = getattr(args, name, None)
        if isinstance(value, str) and LONE_SURROGATE.search(value):
            shown = value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            raise UsageError(f"--{name.replace('_', '-')} {shown}: not UTF-8 text")


def _encoder(args: argparse.Namespace):
    from .embed import get_encoder

    if args.allow_download:
        os.environ["ALIGNER_ALLOW_DOWNLOAD"] = "1"  # also reaches build-tm's worker processes
    return get_encoder(args.encoder, args.device)


def _why_nothing_paired(result) -> str:
    """Why an alignment made no pair: one side had nothing to pair (every segment left out
    before alignment: boilerplate, a translator's note, no letters), or the two sides do
    not translate each other."""
    from .records import NO_COUNTERPART

    for lang, name in (("ko", "Korean"), ("en", "English")):
        mine = [u for u in result.unpaired if u.lang == lang]
        if mine and all(u.reason != NO_COUNTERPART for u in mine):
            return (f"every {name} segment is one never paired ({', '.join(sorted({u.reason for u in mine}))}): "
                    "see --unpaired")
    return "the inputs do not look like translations of each other"


def _read(path: str, args: argparse.Namespace) -> Document:
    from .formats.readers import read_document

    if path == "-" and sys.stdin is not None and sys.stdin.isatty():
        log.info("reading standard input (end it with Ctrl-D)")
    doc = read_document(path, fmt=getattr(args, "input_format", None), encoding=args.encoding)  # mine has none
    if doc.encoding and doc.encoding.lower().replace("_", "-") not in ("utf-8", "utf8"):  # an XML file says "UTF-8"
        log.info("%s: read as %s", path, doc.encoding)
    if doc.metadata.get("repeated_lines"):
        repeated = doc.metadata["repeated_lines"]
        log.info("%s: roll-up captions: %d %s repeated from the cue before read once", path, repeated,
                 plural(repeated, "line"))
    if doc.metadata.get("bilingual_tables"):
        tables = doc.metadata["bilingual_tables"]
        skipped = doc.metadata.get("cells_not_read", 0)
        other = f"; {skipped:,} other {plural(skipped, 'cell')} (headers, other columns) not read" if skipped else ""
        log.info("%s: %d Korean/English %s read row by row%s", path, tables, plural(tables, "table"), other)
    return doc


def _check_output_settings(args: argparse.Namespace) -> None:
    """Check --ko-lang and --en-lang, a TMX's SOURCE_DATE_EPOCH and its inline codes'
    pattern, before any work; inline codes asked of another format are a usage error."""
    from .formats.writers import code_pattern, format_for, language_tag, tmx_date

    args.ko_lang = language_tag(args.ko_lang, "ko")
    args.en_lang = language_tag(args.en_lang, "en")
    tmx = format_for(args.output, args.format) == "tmx"
    if tmx:
        tmx_date(args.no_date)
    if (args.inline_codes or args.code_pattern is not None) and not tmx:
        raise UsageError(f"--{'code-pattern' if args.code_pattern is not None else 'inline-codes'} is for TMX "
                         f"output; write a .tmx file, or leave it out")
    args.inline_codes = code_pattern(args.code_pattern) if args.code_pattern is not None else args.inline_codes


def _summary(args: argparse.Namespace, result: Alignment, pairs: int, seconds: float) -> None:
    """One line: what was read, written and left unpaired, with a count for each reason."""
    from .formats.writers import output_paths

    unpaired: dict[str, int] = {}
    for seg in result.unpaired:
        unpaired[seg.lang] = unpaired.get(seg.lang, 0) + 1
    other = unpaired.get("none", 0)
    reasons = ", ".join(f"{count} {reason}" for reason, count in result.reasons().items())
    read = len(result.ko_segments) + len(result.en_segments)
    log.info(
        "read %d ko + %d en %s%s; wrote %d %s to %s; unpaired: %d ko, %d en%s%s; %.1f s",
        len(result.ko_segments), len(result.en_segments), plural(read, "segment"),
        f" (+{other} in neither language)" if other else "", pairs, plural(pairs, "pair"),
        "stdout" if args.output == "-" else " and ".join(output_paths(args.output, args.format)),
        unpaired.get("ko", 0), unpaired.get("en", 0), f", {other} other" if other else "",
        f" ({reasons})" if reasons else "", seconds,
    )


def _run_mine(args: argparse.Namespace) -> int:
    from .mining.command import run_mine

    _check_output_settings(args)
    return run_mine(args, lambda: _encoder(args), lambda path: _read(path, args))


def _run_build(args: argparse.Namespace) -> int:
    from .building.build import run_build

    _check_output_settings(args)
    with _terminable(), _input_limit(args):  # SIGTERM while the memory is written: its temporary file goes
        return run_build(args)


@contextmanager
def _input_limit(args: argparse.Namespace) -> Iterator[None]:
    """--max-input-mb, through the environment: the reader, the segmenter and build-tm's
    worker processes all take it from there. Restored afterwards (main() may be called
    again in the same process)."""
    if not args.max_input_mb:
        yield
        return
    before = os.environ.get("ALIGNER_MAX_INPUT_MB")
    os.environ["ALIGNER_MAX_INPUT_MB"] = repr(args.max_input_mb)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("ALIGNER_MAX_INPUT_MB", None)
        else:
            os.environ["ALIGNER_MAX_INPUT_MB"] = before


if __name__ == "__main__":
    sys.exit(main())
