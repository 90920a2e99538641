"""Building one translation memory from many documents (``aligner build-tm``).

Documents come from a manifest (JSONL or TSV) or from two folders whose files pair by
name (:mod:`.inputs`). The driver reads each document's files once, hashes them with the
settings (the document's *key*), and skips a document whose key the state already holds
(:mod:`.state`); the rest go in batches to the workers of an engine (:mod:`.engines`:
this process, local processes or Ray). A worker aligns its batch and writes the results
as one shard (:mod:`.shards`), so results never pile up in the driver. Deduplication is
a keyed pass over the shards on the same engine (:mod:`.dedupe`); the memory is then
written by streaming the shards in manifest order, pair order: whichever worker finished
first, the file is the same.
"""

from __future__ import annotations

import itertools
import logging
import os
import secrets
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

try:
    import fcntl  # (POSIX: no lock on Windows)
except ImportError:  # pragma: no cover
    fcntl = None

from .. import arguments
from ..embed import get_encoder
from ..errors import AlignerError, InputError, OutputError, PartialBuildError, UsageError
from ..formats.readers import read_document
from ..formats.writers import (
    ExportStats,
    Row,
    check_options,
    check_output_folders,
    output_paths,
    check_paths,
    format_for,
    output_transaction,
    signature,
    write_output,
)
from ..pipeline import align_document, align_texts, other_language_warnings
from ..records import BELOW_MIN_SCORE, DUPLICATE, Pair, Unpaired
from ..segmenting import korean_and_english
from ..wording import plural
from .dedupe import DedupeJob, dropped_ordinals, plan
from .engines import ENGINES, Engine, open_engine
from .inputs import (
    DocumentInput,
    DocumentSpec,
    check_outside_folders,
    pair_folders,
    read_input,
    read_manifest,
    unique_ids,
)
from .shards import (
    DamagedShard,
    ShardContent,
    ShardReader,
    ShardStore,
    encode_shard,
    pair_from_row,
    pair_row,
    unpaired_from_row,
    unpaired_row,
)
from .state import BuildState, DocState, Settings, is_state_file

__all__ = ["BuildReport", "DocumentSpec", "Settings", "align_one", "build_tm", "pair_folders", "read_manifest",
           "run_build"]

log = logging.getLogger(__name__)

BATCH_DOCUMENTS = 8  # documents per task, and so per shard
BATCH_BYTES = 4 << 20  # ... or fewer, when their files are large


@dataclass
class BuildReport:
    """What a build did. ``written`` is false when nothing could be aligned: the output
    was then left alone (an earlier memory stays as it was)."""

    documents: int = 0
    aligned: int = 0  # newly aligned (or retried after failing)
    resumed: int = 0  # reused from the state: same input bytes, same settings
    realigned: int = 0  # in the state, but their input changed
    # documents == aligned + resumed + realigned + len(failed)
    failed: list[tuple[str, str]] = field(default_factory=list)
    pairs: int = 0
    segments: int = 0
    unpaired: int = 0
    skipped_low_score: int = 0
    skipped_duplicates: int = 0
    seconds: float = 0.0
    written: bool = False
    export: ExportStats | None = None
    left_out: dict[str, int] = field(default_factory=dict)  # segments the memory dropped, per reason


# ---------------------------------------------------------------- one document


def align_one(spec: DocumentSpec, settings: Settings, contents: dict[str, bytes]) -> dict:
    """Align one document from its files' bytes; return its record (pairs as rows).
    Failures become records too: one broken document must not end a build of thousands."""
    started = time.perf_counter()
    try:
        docs = {role: read_document(path, encoding=settings.encoding, data=contents[path]) for role, path in spec.roles}
        encoder = get_encoder(settings.encoder, settings.device)
        warnings: list[str] = []
        if "bilingual" in docs:
            result = align_document(docs["bilingual"].text, encoder=encoder, presegmented=settings.presegmented,
                                    name=spec.bilingual, cues=docs["bilingual"].cues,
                                    unwrap=docs["bilingual"].format == "txt", headings=docs["bilingual"].headings)
        else:  # the manifest's roles as align reads two files: by their languages, either order
            k, e = korean_and_english([(path, docs[role].text) for role, path in spec.roles])
            ko, en = (docs[spec.roles[k][0]], docs[spec.roles[e][0]])
            result = align_texts(ko.text, en.text, encoder=encoder, presegmented=settings.presegmented,
                                 ko_cues=ko.cues, en_cues=en.cues, unwrap=(ko.format == "txt", en.format == "txt"),
                                 ko_headings=ko.headings, en_headings=en.headings)
            warnings = other_language_warnings(spec.roles[k][1], spec.roles[e][1], result)
    except AlignerError as err:
        return {"id": spec.id, "status": "failed", "error": str(err)}
    except Exception as err:
        return {"id": spec.id, "status": "failed", "error": f"internal error: {type(err).__name__}: {err}"}
    return {
        "id": spec.id,
        "status": "ok",
        "segments": len(result.ko_segments) + len(result.en_segments),
        "ko": len(result.ko_segments),
        "en": len(result.en_segments),
        "other": sum(s.lang not in ("ko", "en") for s in result.unpaired),
        "seconds": round(time.perf_counter() - started, 3),
        "pairs": [pair_row(p) for p in result.pairs],
        "unpaired": [unpaired_row(s) for s in result.unpaired],
        "warning": "; ".join(warnings) or None,
    }


@dataclass(frozen=True)
class AlignTask:
    """A batch of documents, aligned into one shard called ``shard``."""

    shard: str
    documents: tuple[DocumentInput, ...]


@dataclass(frozen=True)
class AlignResult:
    shard: str
    documents: tuple[DocState, ...]
    content: ShardContent | None  # the shard, when the worker could not write it itself


@dataclass(frozen=True)
class AlignJob:
    """Align batches of documents and write each as a shard."""

    settings: Settings
    store: ShardStore

    def setup(self) -> None:
        get_encoder(self.settings.encoder, self.settings.device)  # once per worker, not per document

    def __call__(self, task: AlignTask) -> AlignResult:
        records = [align_one(d.spec, self.settings, d.contents) for d in task.documents]
        # slots number the documents written, in order: a failed one writes no line and
        # takes none (ShardReader.verify reads a slot past its line's offset as damage)
        slots = {k: n for n, k in enumerate(k for k, r in enumerate(records) if r["status"] == "ok")}
        done = [(slots[k], records[k]) for k in slots]
        content = encode_shard(done) if done else None
        lines = {slot: (offset, length) for slot, offset, length in (content.lines if content else [])}
        if content is not None and self.store.visible():
            self.store.save(task.shard, content)
            content = None
        states = []
        for k, (doc, record) in enumerate(zip(task.documents, records)):
            if record["status"] != "ok":
                states.append(DocState(doc.spec.id, doc.key, "failed", error=record["error"]))
                continue
            slot = slots[k]
            offset, length = lines[slot]
            states.append(DocState(
                doc.spec.id, doc.key, "ok", shard=task.shard, slot=slot, offset=offset, length=length,
                segments=record["segments"], ko=record["ko"], en=record["en"], other=record["other"],
                pairs=len(record["pairs"]), unpaired=len(record["unpaired"]), seconds=record["seconds"],
                warning=record["warning"],
            ))
        return AlignResult(task.shard, tuple(states), content)


# ---------------------------------------------------------------- the build


def build_tm(
    specs: list[DocumentSpec],
    output: str | os.PathLike,
    *,
    settings: Settings | None = None,
    fmt: str | None = None,
    jobs: int = 0,
    engine: str = "local",
    ray_address: str | None = None,
    state: str | os.PathLike | bool | None = None,
    fresh: bool = False,
    dedupe: bool = True,
    min_score: float = 0.0,
    progress: bool | None = None,
    **write_options: object,
) -> BuildReport:
    """Align every document and write one translation memory, in manifest order.

    State: by default the build keeps ``OUTPUT.state.jsonl`` and the shard folder
    ``OUTPUT.state.shards/`` beside the output (``state=PATH``: ``PATH`` and
    ``PATH``-without-``.jsonl``\\ ``.shards/``), and a later call with the same output
    reuses a document only when its files' bytes and the settings are unchanged; any
    other document is aligned again. ``fresh=True`` deletes that state first;
    ``state=False`` keeps none (the shards go to a temporary folder, removed at the end).
    When every document fails, the output is not written (an earlier memory is kept)
    and ``report.written`` is false.
    """
    started = time.perf_counter()
    specs = arguments.items(specs, DocumentSpec, "specs")
    settings = arguments.instance(settings, Settings, "settings") or Settings()
    jobs = arguments.whole(jobs, "jobs (0: one per core)")
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(specs)))  # a worker more than the documents idles
    min_score = arguments.probability(min_score, "min_score")
    fresh, dedupe = arguments.flag(fresh, "fresh"), arguments.flag(dedupe, "dedupe")
    if progress is not None:
        arguments.flag(progress, "progress (None: when standard error is a terminal)")
    if engine not in ENGINES:  # before fresh=True deletes anything
        raise ValueError(f"engine must be one of {', '.join(map(repr, ENGINES))}, not {engine!r}")
    if ray_address is not None:
        arguments.text(ray_address, "ray_address")
    check_options(write_options)
    write_options.setdefault("documents", True)  # every row has its document: an empty memory's header too
    unique_ids(specs, "build_tm")  # the state and the memory's order go by id
    arguments.path(output, "output", dash=False)
    check_output_folders(output)  # a missing folder or a folder's name fails now, not after the work
    fmt = format_for(str(output), fmt)
    if not (state is None or isinstance(state, (bool, str, os.PathLike))) or state == "":
        raise TypeError(f"state must be None, True, False or a file name, not {state!r}")
    state_path = None if state is False else Path(f"{output}.state.jsonl") if state in (None, True) else Path(state)
    if state_path is not None:
        check_output_folders(state_path)  # a missing folder is refused, as the output's is
    # an output or the state that is one of the documents' files (or each other) would destroy it
    check_paths([], shared=[p for s in specs for p in s.paths], fmt=fmt, output=output, state=state_path)
    with _state_lock(state_path):
        return _build(specs, output, settings, fmt, jobs, engine, ray_address, state_path, fresh, dedupe,
                      min_score, progress, write_options, started)


@contextmanager
def _state_lock(state_path: Path | None) -> Iterator[None]:
    """Hold the state's lock (the hidden file ``.STATE.lock`` beside it, removed at the end)
    for the build: a second build on the same state ended after all its work with a
    damaged-shard error, the first having collected its shards, and the state held both
    builds' lines."""
    if state_path is None or fcntl is None:
        yield
        return
    lock = state_path.with_name(f".{state_path.name}.lock")
    try:
        fh = open(lock, "a")
    except OSError as err:
        raise OutputError(f"{lock}: cannot write the state's lock file: {err.strerror}") from None
    with fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise UsageError(f"{state_path}: another build-tm is using this state; wait for it to end, "
                             "or give another --state (or another output)") from None
        try:
            yield
        finally:  # removed while still held: a build that opens it later makes a new one
            lock.unlink(missing_ok=True)


def _build(specs: list[DocumentSpec], output: str | os.PathLike, settings: Settings, fmt: str, jobs: int,
           engine: str, ray_address: str | None, state_path: Path | None, fresh: bool, dedupe: bool,
           min_score: float, progress: bool | None, write_options: dict, started: float) -> BuildReport:
    """:func:`build_tm` once its arguments are checked and its state is locked."""
    if fresh and state_path is not None:
        remove_state(state_path, shard_folder_of(state_path))
    build_state = BuildState(state_path, settings)  # a bad state fails here, before any work
    report = BuildReport(documents=len(specs))
    store = None
    try:
        with open_engine(engine, jobs, ray_address) as workers:
            if state_path is None:
                folder = tempfile.mkdtemp(prefix=f".{Path(output).name}.", suffix=".shards",
                                          dir=Path(output).resolve().parent)
                store = ShardStore.open(Path(folder))
            else:
                store = ShardStore.open(shard_folder_of(state_path))
            _align(specs, build_state, store, settings, workers, report, progress)
            current = [build_state.get(s.id) for s in specs]
            for spec, doc in zip(specs, current):
                if doc is None or not doc.ok:
                    report.failed.append((spec.id, doc.error if doc else "not aligned"))
                else:
                    report.segments += doc.segments
                    report.unpaired += doc.unpaired
            if len(report.failed) < len(specs) or not specs:  # all failed: keep the earlier memory
                _write(specs, current, store, workers, output, fmt, dedupe, min_score, report, write_options)
        if state_path is not None:
            store.collect({d.shard for d in build_state.docs.values() if d.ok and d.shard})
    finally:
        build_state.close()
        if store is not None and state_path is None:
            store.destroy()
    report.seconds = time.perf_counter() - started
    return report


def shard_folder_of(state_path: Path) -> Path:
    """``memory.tmx.state.jsonl`` -> ``memory.tmx.state.shards``."""
    name = state_path.name.removesuffix(".jsonl")
    return state_path.with_name(name + ".shards")


def remove_state(state_path: Path, shard_folder: Path) -> None:
    """Start over (``--fresh``): delete the state file and its shards, but only when they
    are what a build writes; anything else is a user's file and is refused."""
    if state_path.exists():
        if not state_path.is_file() or not is_state_file(state_path):
            raise InputError(f"{state_path}: not a build-tm state file; not deleting it (give another --state)")
        state_path.unlink()
    if shard_folder.exists():
        store = ShardStore.open(shard_folder)  # refuses a folder that is not a shard folder
        store.destroy()


def _align(specs: list[DocumentSpec], build_state: BuildState, store: ShardStore, settings: Settings,
           workers: Engine, report: BuildReport, progress: bool | None) -> None:
    """Align what the state does not hold; record each document as its shard lands."""
    from tqdm import tqdm

    show = (sys.stderr is not None and sys.stderr.isatty()) if progress is None else progress  # (`2>&-`: none)
    run, numbers = secrets.token_hex(4), itertools.count()
    settings_key = settings.key()
    intact: dict[str, bool] = {}
    damaged: set[Path] = set()  # shard files already warned about
    changed: set[str] = set()  # done before, from other bytes

    def resumable(before: DocState | None, key: str | None) -> bool:
        """Done with this very input, and its result still reads back as it was written:
        a lost or damaged shard costs only the documents it lost, aligned again."""
        if before is None or not before.ok or before.key != key or before.shard is None:
            return False
        if before.shard not in intact:
            intact[before.shard] = store.has(before.shard)
            if not intact[before.shard]:  # lost, or the state entry points elsewhere
                log.warning("%s: the build-tm shard %r is missing; the documents it held are aligned again",
                            store.folder, before.shard)
        if not intact[before.shard]:
            return False
        try:
            reader.verify(before)
        except DamagedShard as err:
            if err.path not in damaged:
                damaged.add(err.path)
                log.warning("%s: a damaged build-tm shard (%s); the documents it lost are aligned again",
                            err.path, err.reason)
            return False
        return True

    build_state.open()
    started, sentences = time.perf_counter(), 0
    with (ShardReader(store) as reader,
          tqdm(total=len(specs), unit="doc", disable=not show, file=sys.stderr, dynamic_ncols=True) as bar):

        def tasks() -> Iterator[AlignTask]:
            batch: list[DocumentInput] = []
            size = 0
            for spec in specs:
                document = read_input(spec, settings_key)
                before = build_state.get(spec.id)
                if document.error is not None:
                    build_state.add([DocState(spec.id, None, "failed", error=document.error)])
                    bar.update(1)
                    continue
                if resumable(before, document.key):
                    report.resumed += 1
                    bar.update(1)
                    continue
                if before is not None and before.ok and before.key != document.key:
                    changed.add(spec.id)
                batch.append(document)
                size += document.size
                if len(batch) >= BATCH_DOCUMENTS or size >= BATCH_BYTES:
                    yield AlignTask(f"{run}-{next(numbers):06d}", tuple(batch))
                    batch, size = [], 0
            if batch:
                yield AlignTask(f"{run}-{next(numbers):06d}", tuple(batch))

        for _, result in workers.map(AlignJob(settings, store), tasks()):
            if result.content is not None:
                store.save(result.shard, result.content)
            build_state.add(result.documents)
            for doc in result.documents:
                if doc.warning:
                    log.warning("%s", doc.warning)
                if doc.ok and doc.id in changed:
                    report.realigned += 1
                elif doc.ok:
                    report.aligned += 1
            sentences += sum(d.segments for d in result.documents)
            bar.update(len(result.documents))
            bar.set_postfix(sent_per_s=f"{sentences / max(time.perf_counter() - started, 1e-9):.0f}")


def _write(specs: list[DocumentSpec], current: list[DocState | None], store: ShardStore, workers: Engine,
           output: str | os.PathLike, fmt: str, dedupe: bool, min_score: float, report: BuildReport,
           write_options: dict) -> None:
    """Deduplicate on the workers, then stream the shards into the memory."""
    scratch = store.scratch(f"dedupe-{secrets.token_hex(4)}")
    try:
        dropped = _dedupe(current, store, workers, str(scratch), min_score) if dedupe else []
        counts = {BELOW_MIN_SCORE: [0, 0], DUPLICATE: [0, 0]}  # reason -> [pairs, segments] left out
        rows = _rows(specs, current, store, dropped_ordinals(dropped), min_score, counts)
        report.export = write_output(rows, output, fmt, **write_options)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    report.written = True
    report.pairs = report.export.pairs
    report.skipped_low_score = counts[BELOW_MIN_SCORE][0]
    report.skipped_duplicates = counts[DUPLICATE][0]
    report.left_out = {reason: segments for reason, (_, segments) in counts.items() if segments}


def _dedupe(current: list[DocState | None], store: ShardStore, workers: Engine, scratch: str,
            min_score: float) -> list[str]:
    """Run the keyed deduplication pass; return the files of dropped ordinals."""
    slots: dict[str, list[tuple[int, int]]] = {}
    total = 0
    for ordinal, doc in enumerate(current):
        if doc is not None and doc.ok and doc.pairs:
            slots.setdefault(doc.shard, []).append((doc.slot, ordinal))
            total += doc.pairs
    if not total:
        return []
    shards = {}
    for name, pairs in slots.items():
        mapping = np.full(max(s for s, _ in pairs) + 1, -1, np.int64)
        for slot, ordinal in pairs:
            mapping[slot] = ordinal
        shards[name] = mapping
    job = DedupeJob(store, scratch, min_score)
    tasks = plan(shards, total, workers.workers)
    paths = []
    for number, result in workers.map(job, tasks):
        if result is None:  # the worker cannot see the shards: this process can
            result = job.run(tasks[number])
        paths.append(result.path)
    return paths


def _rows(specs: list[DocumentSpec], current: list[DocState | None], store: ShardStore, dropped: Iterator[int],
          min_score: float, counts: dict[str, list[int]]) -> Iterator[Row]:
    """The memory's rows in manifest order, then pair order: a document's line at a time.
    A pair left out is counted in ``counts[reason]`` as [pairs, segments]."""
    next_dropped = next(dropped, None)
    with ShardReader(store) as reader:
        for ordinal, (spec, doc) in enumerate(zip(specs, current)):
            if doc is None or not doc.ok or not doc.pairs:
                continue
            record = reader.read(doc)
            for number, row in enumerate(record["pairs"]):
                pair = pair_from_row(row)
                reason = None
                if row[2] < min_score:
                    reason = BELOW_MIN_SCORE
                else:
                    place = (ordinal << 32) | number
                    while next_dropped is not None and next_dropped < place:
                        next_dropped = next(dropped, None)
                    if next_dropped == place:
                        reason = DUPLICATE
                if reason is None:
                    yield spec.id, pair
                else:  # pairs left out, and their segments per reason (nothing is dropped silently)
                    counts[reason][0] += 1
                    counts[reason][1] += len(pair.ko) + len(pair.en)


def aligned_documents(specs: list[DocumentSpec], state: str | os.PathLike,
                      settings: Settings) -> Iterator[tuple[DocumentSpec, list[Pair], list[Unpaired]]]:
    """Each document a build with ``state`` aligned (in ``specs`` order; failed ones left
    out): its pairs and its unpaired segments, read back from the shards."""
    state_path = Path(state)
    build_state = BuildState(state_path, settings)
    try:
        store = ShardStore.open(shard_folder_of(state_path))
        with ShardReader(store) as reader:
            for spec in specs:
                doc = build_state.get(spec.id)
                if doc is None or not doc.ok:
                    continue
                record = reader.read(doc)
                yield (spec, [pair_from_row(row) for row in record["pairs"]],
                       [unpaired_from_row(row) for row in record.get("unpaired", [])])
    finally:
        build_state.close()


# ---------------------------------------------------------------- the command


def check_apart(ko_dir: str, en_dir: str) -> None:
    """Refuse, before any reading or pairing, two folders that are one, or one inside the
    other: every file would be listed on both sides (by content: paired with itself or
    with the other folder's, then reported as having no counterpart)."""
    ko, en = Path(ko_dir).resolve(), Path(en_dir).resolve()
    if ko == en:
        raise UsageError(f"{ko_dir} and {en_dir} are one folder: give a Korean folder and an English folder")
    if ko in en.parents or en in ko.parents:
        inner, outer = (en_dir, ko_dir) if ko in en.parents else (ko_dir, en_dir)
        raise UsageError(f"{inner} is inside {outer}: give two folders apart, neither inside the other")


_NO_SENTENCES = "holds no {} sentences (is it in the right folder?)"


def _language_of_folder(path: str, folders: list[str]) -> str:
    """Korean or English: the language of the folder (of ``folders``: Korean, English)
    ``path`` was found in."""
    return "Korean" if Path(folders[0]).resolve() in Path(path).resolve().parents else "English"


def _nothing_paired(folders: list[str], left: list[str], wrong_side: set[str]) -> str:
    """Why pairing two folders by content found no document: a folder without files, one
    whose files hold no sentence of its language (the folders given in the wrong order,
    or a wrong folder), or files that none pair."""
    for folder, which in zip(folders, ("Korean", "English")):
        files = [p for p in left if _language_of_folder(p, folders) == which]
        if not files:
            return f"{folder}: no files in it to pair by content"
        if all(p in wrong_side for p in files):
            return (f"{folder}: none of its files holds {which} sentences; give the Korean folder first, "
                    "then the English one")
    return f"{folders[0]}: no file of it pairs with one of {folders[1]} by content"


def run_build(args) -> int:
    """The ``aligner build-tm`` command."""
    if args.allow_download:
        os.environ["ALIGNER_ALLOW_DOWNLOAD"] = "1"
    by_content = getattr(args, "pair_by", "name") == "content"
    if args.output == "-":
        raise UsageError("build-tm writes a file: give -o MEMORY.tmx|.tsv|.jsonl")
    format_for(args.output, args.format)  # fail now, not after hours of alignment (or of pairing by content)
    check_output_folders(*output_paths(args.output, args.format), args.state, args.review)  # (Moses: each file)
    state = args.state or f"{args.output}.state.jsonl"
    unreadable: list[str] = []  # files pairing by content could not read (each said when found)
    wrong_side: set[str] = set()  # files pairing by content found no sentence of their folder's language in
    if len(args.inputs) == 1 and not by_content:
        specs, alone = read_manifest(args.inputs[0]), []
    elif len(args.inputs) == 2 and all(Path(p).is_dir() for p in args.inputs):
        check_outside_folders(args.inputs, {"-o": args.output, "--state": state, "--review": args.review})
        check_apart(*args.inputs)
        if by_content:  # documents paired from what they say (aligner.mining.documents)
            from ..mining.documents import pair_folders_by_content

            specs, alone, unreadable, wrong_side = pair_folders_by_content(
                *args.inputs, get_encoder(args.encoder, args.device), presegmented=args.presegmented,
                encoding=args.encoding)
        else:
            specs, alone = pair_folders(*args.inputs)
    elif by_content:
        raise UsageError("--pair-by content pairs the files of two folders: give KO_DIR EN_DIR")
    else:
        raise UsageError("build-tm takes a manifest (.jsonl or .tsv) or two folders (Korean, English)")
    check_paths(args.inputs, shared=[p for s in specs for p in s.paths], output=args.output, fmt=args.format,
                state=state, review=args.review)
    if args.review:
        from ..review.page import check_review_path

        check_review_path(args.review, *args.inputs, args.output, state, *(p for s in specs for p in s.paths))
    if not specs and by_content:
        raise InputError(_nothing_paired(args.inputs, alone + unreadable, wrong_side))
    if not specs:
        raise InputError(f"{args.inputs[0]}: no documents to align")
    settings = Settings(args.encoder, args.device, args.presegmented, args.encoding)
    with output_transaction(last=True):  # the memory and its review page: both replaced, or neither
        report = build_tm(
            specs, args.output, settings=settings, fmt=args.format, jobs=args.jobs, engine=args.engine,
            ray_address=args.ray_address, state=state, fresh=args.fresh, dedupe=True, min_score=args.min_score,
            header=args.header, no_date=args.no_date, signature=signature(args.encoder, args.presegmented),
            ko_lang=args.ko_lang, en_lang=args.en_lang, inline_codes=args.inline_codes,
        )
        for doc_id, error in report.failed:
            log.warning("document %s skipped: %s", doc_id, error)
        for path in alone:
            log.warning("%s: %s; skipped", path, "no file of the same name in the other folder" if not by_content
                        else _NO_SENTENCES.format(_language_of_folder(path, args.inputs)) if path in wrong_side
                        else "no counterpart found by content")
        for path in unreadable:
            log.warning("%s: could not be read (said above); skipped", path)
        if not report.written:
            kept = " (the previous memory is kept)" if Path(args.output).exists() else ""
            raise PartialBuildError(f"none of the {report.documents} {plural(report.documents, 'document')} "
                                    "could be aligned (listed above); "
                                    f"{args.output} was not written{kept}")
        if args.review:
            from ..review.page import write_build_review

            write_build_review(args.review, specs, state, settings,
                               signature=signature(args.encoder, args.presegmented))
    if args.review:
        log.info("review page: %s", args.review)
    log.info(
        "%d %s: %d newly aligned, %d resumed, %d realigned (input changed), %d failed%s; "
        "%d %s; wrote %d %s to %s; %.1f s",
        report.documents, plural(report.documents, "document"), report.aligned, report.resumed, report.realigned,
        len(report.failed), (f", {len(alone)} unmatched {plural(len(alone), 'file')}" if alone else "")
        + (f", {len(unreadable)} unreadable {plural(len(unreadable), 'file')}" if unreadable else ""),
        report.segments, plural(report.segments, "segment"), report.pairs, plural(report.pairs, "pair"),
        args.output, report.seconds,
    )
    if report.left_out:  # nothing is dropped silently (README)
        log.info("left out of the memory: %s %s",
                 ", ".join(f"{count} {reason}" for reason, count in report.left_out.items()),
                 plural(sum(report.left_out.values()), "segment"))
    if report.failed or alone or unreadable:
        # documents and files apart: a file left unmatched is no document ("3 of 33 documents
        # were skipped" under "32 documents: … 2 failed, 1 unmatched file")
        parts = [f"{len(report.failed)} of {report.documents} {plural(report.documents, 'document')} failed"
                 ] if report.failed else []
        parts += [f"{len(alone)} unmatched {plural(len(alone), 'file')}"] if alone else []
        parts += [f"{len(unreadable)} unreadable {plural(len(unreadable), 'file')}"] if unreadable else []
        retry = "; rerun to retry the failed ones" if report.failed or unreadable else ""
        raise PartialBuildError(f"{', '.join(parts)} (listed above); the memory holds the rest{retry}")
    return 0
