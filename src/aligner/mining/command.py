"""The ``aligner mine`` command: read the files, mine, write, summarize."""

from __future__ import annotations

import argparse
import logging
import time
from collections.abc import Callable

from ..building.memory import TranslationMemory
from ..embed import Encoder
from ..formats.readers import Document
from ..formats.writers import (
    check_output_folders,
    check_paths,
    format_for,
    output_transaction,
    signature,
)
from ..wording import plural
from .mine import MiningParams, mine_sides, read_side

log = logging.getLogger("aligner")


def run_mine(args: argparse.Namespace, load_encoder: Callable[[], Encoder], read: Callable[[str], Document]) -> int:
    """Mine the Korean sentences of ``args.ko`` against the English ones of ``args.en``.
    Every input is read (and checked) by ``read`` before the encoder loads; the output is written
    atomically; a file with no sentence of its side's language is an error."""
    started = time.perf_counter()
    format_for(args.output, args.format)  # an unknown extension fails now, not after the work
    # an output that is an input would destroy it; a file may be given to both --ko and --en
    check_paths(args.ko, shared=args.en, output=args.output, fmt=args.format)
    check_output_folders(args.output)
    # any format align reads (a crawl's pages, Word files), read and reported as align does
    docs = {path: read(path) for path in dict.fromkeys(args.ko + args.en)}
    encoder = load_encoder()
    sides = [[read_side(path, docs[path].text, lang, encoder, presegmented=args.presegmented,
                        unwrap=docs[path].format == "txt") for path in paths]
             for paths, lang in ((args.ko, "ko"), (args.en, "en"))]
    params = MiningParams() if args.threshold is None else MiningParams(threshold=args.threshold)
    pairs = mine_sides(sides[0], sides[1], params=params, encoder=encoder)
    memory = TranslationMemory(dedupe=args.dedupe, min_score=args.min_score)
    memory.add(pairs)
    with output_transaction(last=True):
        stats = memory.write(args.output, args.format, header=args.header, no_date=args.no_date, mined=True,
                             signature=signature(args.encoder, args.presegmented) + "|mine",
                             ko_lang=args.ko_lang, en_lang=args.en_lang, inline_codes=args.inline_codes)
    counts = [len({s.text for doc in side for s in doc.segments}) for side in sides]
    log.info(
        "read %d ko %s from %d %s + %d en %s from %d %s (distinct); wrote %d %s (score >= %.2f) to %s; %.1f s",
        counts[0], plural(counts[0], "sentence"), len(args.ko), plural(len(args.ko), "file"),
        counts[1], plural(counts[1], "sentence"), len(args.en), plural(len(args.en), "file"),
        stats.pairs, plural(stats.pairs, "pair"), max(params.threshold, args.min_score),
        "stdout" if args.output == "-" else args.output,
        time.perf_counter() - started,
    )
    return 0
