"""Command line: ``aligner align``, ``aligner build-tm`` and ``aligner mine``.

Exit codes (also in the README): 0 success, 1 internal error, 2 usage error,
3 input file error, 4 language error, 5 encoder unavailable, 6 output error,
7 partial build (some documents failed), 130 interrupted.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import time
from collections.abc import Sequence

from . import __version__
from .building.memory import TranslationMemory
from .embed import DEFAULT_ENCODER
from .errors import AlignerError, LanguageError, UsageError
from .formats.readers import READERS, Document, read_document
from .formats.writers import (
    FORMATS,
    ExportStats,
    atomic_output,
    check_output_folders,
    format_for,
    language_tag,
    output_paths,
    signature,
    write_unpaired,
)
from .records import Alignment
from .segment import language_of

log = logging.getLogger("aligner")


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    _configure_logging(args.quiet)
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `aligner align x | head` ends quietly
    try:
        return args.run(args)
    except AlignerError as err:
        if args.debug:
            raise
        print(f"aligner: error: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("aligner: interrupted; no output written", file=sys.stderr)
        return 130
    except Exception as err:  # a bug: say so in one line, the traceback with --debug
        if args.debug:
            raise
        print(f"aligner: internal error: {type(err).__name__}: {err} (rerun with --debug)", file=sys.stderr)
        return 1


def _configure_logging(quiet: bool) -> None:
    """The CLI alone configures logging: the package's records, one line each, on stderr."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("aligner: %(message)s"))
    log.handlers = [handler]
    log.setLevel(logging.WARNING if quiet else logging.INFO)
    log.propagate = False


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="aligner", description="Korean–English sentence aligner.")
    parser.add_argument("--version", action="version", version=f"aligner {__version__}")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-o", "--output", default="-", help="output file; '-' (default) is standard output")
    common.add_argument("--format", choices=sorted(FORMATS), help="output format (default: from the extension, else tsv)")
    common.add_argument("--encoder", default=DEFAULT_ENCODER,
                        help="use (default), e5-small, or a sentence-transformers model name or path")
    common.add_argument("--device", help="for sentence-transformers models: cpu, cuda, cuda:1 (default: auto)")
    common.add_argument("--allow-download", action="store_true",
                        help="let a sentence-transformers model be fetched from the Hugging Face hub "
                             "(default: local folders and the local cache only)")
    common.add_argument("--min-score", type=float, default=0.0, help="leave out pairs scoring below this (0-1)")
    common.add_argument("--dedupe", action="store_true", help="drop repeated identical pairs")
    common.add_argument("--presegmented", action="store_true", help="inputs hold one sentence per line")
    common.add_argument("--encoding", help="input encoding of text, HTML and subtitle files (default: detected)")
    common.add_argument("--header", action="store_true", help="TSV: write a header line (also in --unpaired)")
    common.add_argument("--no-date", action="store_true", help="TMX: no creation date (byte-identical reruns)")
    common.add_argument("--review", metavar="FILE",
                        help="also write a review page (one self-contained HTML file) to check and correct the pairs")
    common.add_argument("--ko-lang", default="ko", metavar="TAG", help="TMX language tag of the Korean side (ko-KR)")
    common.add_argument("--en-lang", default="en", metavar="TAG", help="TMX language tag of the English side (en-US)")
    common.add_argument("-q", "--quiet", action="store_true", help="no summary on standard error")
    common.add_argument("--debug", action="store_true", help="show tracebacks")

    align = sub.add_parser("align", parents=[common], help="align one bilingual file, or a Korean and an English file")
    align.add_argument("inputs", nargs="+", metavar="FILE", help="BILINGUAL.txt, or KOREAN.txt ENGLISH.txt (either order)")
    align.add_argument("--unpaired", metavar="FILE", help="write the segments left unpaired here (TSV)")
    align.add_argument("--anchors", metavar="FILE",
                       help="corrections.json from a review page: keep its accepted and made pairs, "
                            "never make its rejected ones, align the rest around them")
    align.add_argument("--input-format", choices=sorted(READERS),
                       help="read the inputs as this format (default: from the extension; others are text)")
    align.set_defaults(run=_run_align)

    build = sub.add_parser("build-tm", parents=[common], help="build one translation memory from many documents")
    build.add_argument("inputs", nargs="+", metavar="PATH", help="MANIFEST.jsonl|.tsv, or KO_DIR EN_DIR")
    build.add_argument("--jobs", type=int, default=0, help="worker processes (default: all cores)")
    build.add_argument("--engine", choices=("local", "ray"), default="local", help="local processes or a Ray cluster")
    build.add_argument("--ray-address", help="Ray cluster address (default: start Ray locally)")
    build.add_argument("--state", help="resume file (default: OUTPUT.state.jsonl; shards in OUTPUT.state.shards/)")
    build.add_argument("--fresh", action="store_true", help="delete the resume state and align every document again")
    build.add_argument("--pair-by", choices=("name", "content"), default="name",
                       help="KO_DIR EN_DIR: pair files by name (default) or by what they say")
    build.set_defaults(run=_run_build)

    mine = sub.add_parser("mine", parents=[common],
                          help="find the sentence pairs that are translations among Korean and English files")
    mine.add_argument("--ko", nargs="+", required=True, metavar="FILE",
                      help="files whose Korean sentences are mined (a bilingual file gives only its Korean)")
    mine.add_argument("--en", nargs="+", required=True, metavar="FILE",
                      help="files whose English sentences are mined (a bilingual file gives only its English)")
    mine.add_argument("--threshold", type=float,
                      help="keep pairs whose probability of being a translation is at least this "
                           "(default: the threshold chosen on the mining benchmark)")
    mine.set_defaults(run=_run_mine)
    return parser


def _run_align(args: argparse.Namespace) -> int:
    from .pipeline import align_document, align_texts

    started = time.perf_counter()
    if len(args.inputs) > 2:
        raise UsageError("align takes one bilingual file, or two files (Korean and English)")
    check_output_folders(args.output, args.unpaired, args.review)
    format_for(args.output, args.format)  # an unknown extension fails now, not after the work
    _language_tags(args)
    docs = [_read(path, args) for path in args.inputs]
    if len(docs) == 2:
        (ko_path, ko_doc), (en_path, en_doc) = _which_is_korean(list(zip(args.inputs, docs)))
    inputs, anchors = _review_inputs(args, [d.text for d in docs],
                                     None if len(docs) == 1 else (ko_path, ko_doc.text, en_path, en_doc.text))
    encoder = _encoder(args)
    if args.review:
        from .review.evidence import EmbeddingLog

        encoder = EmbeddingLog(encoder)  # the page's evidence reuses the alignment's embeddings
    if len(docs) == 1:
        result = align_document(docs[0].text, encoder=encoder, presegmented=args.presegmented, name=args.inputs[0],
                                anchors=anchors, cues=docs[0].cues)
    else:
        log.info("Korean: %s; English: %s", ko_path, en_path)
        result = align_texts(ko_doc.text, en_doc.text, encoder=encoder, presegmented=args.presegmented,
                             anchors=anchors, ko_cues=ko_doc.cues, en_cues=en_doc.cues)
    kept = TranslationMemory(dedupe=args.dedupe, min_score=args.min_score)
    kept.add(result.pairs)
    stats = kept.write(args.output, args.format, header=args.header, no_date=args.no_date,
                       signature=signature(args.encoder, args.presegmented), ko_lang=args.ko_lang,
                       en_lang=args.en_lang, unpaired=result.unpaired)
    if args.unpaired:
        with atomic_output(args.unpaired) as out:
            write_unpaired(result.unpaired, out, header=args.header)
    if args.review:
        from .review import ReviewDocument, write_review

        doc = ReviewDocument(os.path.splitext(inputs[0].name)[0], result, inputs, args.presegmented, anchors)
        write_review(args.review, [doc], encoder, signature=signature(args.encoder, args.presegmented))
        log.info("review page: %s", args.review)
    _summary(args, result, stats, time.perf_counter() - started)
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


def _encoder(args: argparse.Namespace):
    from .embed import get_encoder

    if args.allow_download:
        os.environ["ALIGNER_ALLOW_DOWNLOAD"] = "1"  # also reaches build-tm's worker processes
    return get_encoder(args.encoder, args.device)


def _read(path: str, args: argparse.Namespace) -> Document:
    doc = read_document(path, fmt=args.input_format, encoding=args.encoding)
    if doc.encoding and doc.encoding != "utf-8":
        log.info("%s: read as %s", path, doc.encoding)
    if doc.metadata.get("bilingual_tables"):
        log.info("%s: %d two-column Korean/English table(s) read row by row", path, doc.metadata["bilingual_tables"])
    return doc


def _language_tags(args: argparse.Namespace) -> None:
    """Check --ko-lang and --en-lang before any work."""
    args.ko_lang = language_tag(args.ko_lang, "ko")
    args.en_lang = language_tag(args.en_lang, "en")


def _which_is_korean(files: list[tuple[str, Document]]) -> tuple[tuple[str, Document], tuple[str, Document]]:
    """Order two (path, document) inputs as (Korean, English), or say why they cannot be."""
    langs = [language_of(doc.text) for _, doc in files]
    if langs == ["en", "ko"]:
        return files[1], files[0]
    if langs == ["ko", "en"]:
        return files[0], files[1]
    if langs[0] == langs[1] and langs[0] is not None:
        which = {"ko": "Korean", "en": "English"}[langs[0]]
        raise LanguageError(f"{files[0][0]} and {files[1][0]} are both {which}; give one Korean and one English file")
    bad = files[langs.index(None)][0]
    raise LanguageError(f"{bad}: has no Korean or English letters; give one Korean and one English file")


def _summary(args: argparse.Namespace, result: Alignment, stats: ExportStats, seconds: float) -> None:
    unpaired: dict[str, int] = {}
    for seg in result.unpaired:
        unpaired[seg.lang] = unpaired.get(seg.lang, 0) + 1
    other = unpaired.get("none", 0)
    log.info(
        "read %d ko + %d en segments%s; wrote %d pairs to %s; unpaired: %d ko, %d en%s; %.1f s",
        len(result.ko_segments), len(result.en_segments), f" (+{other} without letters)" if other else "",
        stats.pairs, "stdout" if args.output == "-" else " and ".join(output_paths(args.output, args.format)),
        unpaired.get("ko", 0), unpaired.get("en", 0), f", {other} other" if other else "", seconds,
    )


def _run_mine(args: argparse.Namespace) -> int:
    from .mining.command import run_mine

    return run_mine(args, lambda: _encoder(args))


def _run_build(args: argparse.Namespace) -> int:
    from .building.build import run_build

    _language_tags(args)
    return run_build(args)


if __name__ == "__main__":
    sys.exit(main())
