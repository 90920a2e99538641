"""Building one translation memory from many documents (``aligner build-tm``).

Documents come from a manifest (JSONL or TSV) or from two folders whose files pair by
name. Each document is aligned independently, on local worker processes or on a Ray
cluster; a document that fails is reported and skipped. Every finished document is
appended to a state file at once, so a rerun after a crash skips what is done. The
memory is written at the end, in manifest order, deduplicated across documents.
"""

from __future__ import annotations

import csv
import json
import logging
import os
import sys
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..embed import DEFAULT_ENCODER, get_encoder
from ..errors import (
    AlignerError,
    InputError,
    PartialBuildError,
    UnavailableError,
    UsageError,
)
from ..formats.text import decode, read_bytes, read_text
from ..formats.writers import (
    ExportStats,
    check_output_folders,
    check_paths,
    format_for,
    signature,
)
from ..pipeline import align_document, align_texts
from ..records import Pair, Segment
from .memory import TranslationMemory

log = logging.getLogger(__name__)

STATE_VERSION = 1


@dataclass(frozen=True)
class DocumentSpec:
    """One document of a build: a Korean and an English file, or one bilingual file."""

    id: str
    ko: str | None = None
    en: str | None = None
    bilingual: str | None = None

    @property
    def paths(self) -> list[str]:
        return [p for p in (self.bilingual, self.ko, self.en) if p]


@dataclass(frozen=True)
class Settings:
    """What must match for a resumed build to continue an earlier one."""

    encoder: str = DEFAULT_ENCODER
    device: str | None = None
    presegmented: bool = False
    encoding: str | None = None


@dataclass
class BuildReport:
    documents: int = 0
    resumed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    pairs: int = 0
    segments: int = 0
    seconds: float = 0.0
    export: ExportStats | None = None
    left_out: dict[str, int] = field(default_factory=dict)  # segments the memory dropped, per reason


# ---------------------------------------------------------------- inputs


def read_manifest(path: str | os.PathLike) -> list[DocumentSpec]:
    """Documents listed in a JSONL or TSV manifest; relative paths are relative to it."""
    manifest = Path(path)
    text, _ = read_text(manifest)
    base = manifest.parent
    if manifest.suffix.lower() in (".tsv", ".txt"):
        rows = list(csv.DictReader(text.splitlines(), delimiter="\t"))
    else:
        rows = []
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                raise InputError(f"{manifest}: line {number} is not JSON ({err.msg})") from None
            if not isinstance(row, dict):
                raise InputError(f"{manifest}: line {number} is not a JSON object")
            rows.append(row)
    specs = []
    for number, row in enumerate(rows, 1):
        ko, en, bilingual = (str(base / row[key]) if row.get(key) else None for key in ("ko", "en", "bilingual"))
        if not (bilingual or (ko and en)) or (bilingual and (ko or en)):
            raise InputError(f"{manifest}: entry {number} needs either 'ko' and 'en', or 'bilingual'")
        doc_id = str(row.get("id") or Path(bilingual or ko).stem)
        specs.append(DocumentSpec(doc_id, ko, en, bilingual))
    return _unique_ids(specs, str(manifest))


def pair_folders(ko_dir: str | os.PathLike, en_dir: str | os.PathLike) -> tuple[list[DocumentSpec], list[str]]:
    """Documents from two folders whose files pair by name; also the files left alone."""
    ko_files = {p.name: p for p in sorted(Path(ko_dir).iterdir()) if p.is_file() and not p.name.startswith(".")}
    en_files = {p.name: p for p in sorted(Path(en_dir).iterdir()) if p.is_file() and not p.name.startswith(".")}
    specs = [DocumentSpec(Path(name).stem, str(ko_files[name]), str(en_files[name]))
             for name in sorted(ko_files.keys() & en_files.keys())]
    alone = [str(p) for name, p in {**ko_files, **en_files}.items() if name not in ko_files.keys() & en_files.keys()]
    return _unique_ids(specs, str(ko_dir)), sorted(alone)


def _unique_ids(specs: list[DocumentSpec], where: str) -> list[DocumentSpec]:
    seen: dict[str, int] = {}
    for spec in specs:
        seen[spec.id] = seen.get(spec.id, 0) + 1
    duplicated = sorted(i for i, n in seen.items() if n > 1)
    if duplicated:
        raise InputError(f"{where}: document ids must be unique; repeated: {', '.join(duplicated[:5])}")
    return specs


# ---------------------------------------------------------------- one document


def _segment_row(s: Segment) -> list:
    return [s.text, s.lang, s.start, s.end, s.paragraph, s.index]


def _pair_row(p: Pair) -> list:
    return [[_segment_row(s) for s in p.ko], [_segment_row(s) for s in p.en], p.score]


def _pair_from_row(row: list) -> Pair:
    ko, en, score = row
    return Pair(tuple(Segment(*s) for s in ko), tuple(Segment(*s) for s in en), score)


def align_one(spec: DocumentSpec, settings: Settings, contents: dict[str, bytes] | None = None) -> dict:
    """Align one document; return its state record. Failures become records too."""
    started = time.perf_counter()
    try:
        texts = {}
        for key in ("bilingual", "ko", "en"):
            path = getattr(spec, key)
            if path:
                texts[key] = (decode(contents[path], path, settings.encoding)[0] if contents is not None
                              else read_text(path, settings.encoding)[0])
        encoder = get_encoder(settings.encoder, settings.device)
        if "bilingual" in texts:
            result = align_document(texts["bilingual"], encoder=encoder, presegmented=settings.presegmented,
                                    name=spec.bilingual)
        else:
            result = align_texts(texts["ko"], texts["en"], encoder=encoder, presegmented=settings.presegmented)
    except AlignerError as err:
        return {"id": spec.id, "status": "failed", "error": str(err)}
    except Exception as err:  # one broken document must not end a build of thousands
        return {"id": spec.id, "status": "failed", "error": f"internal error: {type(err).__name__}: {err}"}
    return {
        "id": spec.id,
        "status": "ok",
        "segments": len(result.ko_segments) + len(result.en_segments),
        "unpaired": len(result.unpaired),
        "seconds": round(time.perf_counter() - started, 3),
        "pairs": [_pair_row(p) for p in result.pairs],
    }


# ---------------------------------------------------------------- engines


def _init_worker(settings: Settings, threads: int) -> None:
    os.environ["ALIGNER_THREADS"] = str(threads)
    get_encoder(settings.encoder, settings.device)  # load once per worker, not per document


def _worker_align(spec: DocumentSpec, settings: Settings) -> dict:
    return align_one(spec, settings)


def run_local(specs: list[DocumentSpec], settings: Settings, jobs: int) -> Iterator[dict]:
    """Records as documents finish, on ``jobs`` worker processes (1: in this process)."""
    if jobs <= 1 or len(specs) <= 1:
        for spec in specs:
            yield align_one(spec, settings)
        return
    threads = max(1, (os.cpu_count() or 1) // jobs)
    with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(settings, threads)) as pool:
        futures = [pool.submit(_worker_align, spec, settings) for spec in specs]
        for future in as_completed(futures):
            yield future.result()


def run_ray(specs: list[DocumentSpec], settings: Settings, jobs: int, address: str | None,
            batch_size: int = 8) -> Iterator[dict]:
    """Records as batches finish on a Ray cluster (``address``) or a local Ray instance.
    File contents travel with the tasks, so workers need no shared file system."""
    try:
        import ray
        from ray.util import ActorPool
    except ImportError:
        raise UnavailableError("the ray engine needs Ray: pip install 'aligner[ray]'") from None
    started_here = not ray.is_initialized()
    if started_here:
        if address:
            ray.init(address=address, log_to_driver=False)
        else:
            ray.init(num_cpus=jobs, include_dashboard=False, log_to_driver=False)
    try:
        workers = max(1, int(ray.available_resources().get("CPU", jobs)))
        actor = ray.remote(num_cpus=1)(_RayWorker)
        pool = ActorPool([actor.remote(settings) for _ in range(min(workers, len(specs)) or 1)])
        batches = [specs[i:i + batch_size] for i in range(0, len(specs), batch_size)]

        def submit(worker, batch):
            contents: dict[str, bytes | str] = {}  # the bytes, or why they could not be read
            for spec in batch:
                for path in spec.paths:
                    try:
                        contents[path] = read_bytes(path)
                    except InputError as err:
                        contents[path] = str(err)
            return worker.align.remote(batch, contents)

        for records in pool.map_unordered(submit, batches):
            yield from records
    finally:
        if started_here:
            ray.shutdown()


class _RayWorker:
    """A Ray actor holding a loaded encoder."""

    def __init__(self, settings: Settings) -> None:
        _init_worker(settings, 1)
        self.settings = settings

    def align(self, batch: list[DocumentSpec], contents: dict[str, bytes | str]) -> list[dict]:
        out = []
        for spec in batch:
            errors = [contents[p] for p in spec.paths if isinstance(contents[p], str)]
            if errors:
                out.append({"id": spec.id, "status": "failed", "error": errors[0]})
            else:
                out.append(align_one(spec, self.settings, contents))
        return out


# ---------------------------------------------------------------- the build


def _load_state(path: Path, settings: Settings) -> dict[str, dict]:
    """Finished documents of an earlier run with the same settings."""
    if not path.exists():
        return {}
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines:
        return {}
    header = json.loads(lines[0])
    if header.get("settings") != asdict(settings):
        raise UsageError(
            f"{path}: this resume file was made with other settings ({header.get('settings')}); "
            "delete it to start over, or pass another --state"
        )
    done = {}
    for line in lines[1:]:
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue  # a line cut short by a crash: that document is simply redone
        if record.get("status") == "ok":
            done[record["id"]] = record
    return done


def build_tm(
    specs: list[DocumentSpec],
    output: str | os.PathLike,
    *,
    settings: Settings = Settings(),
    fmt: str | None = None,
    jobs: int = 0,
    engine: str = "local",
    ray_address: str | None = None,
    state: str | os.PathLike | None = None,
    dedupe: bool = True,
    min_score: float = 0.0,
    progress: bool | None = None,
    **write_options: object,
) -> BuildReport:
    """Align every document and write one translation memory; resumable."""
    started = time.perf_counter()
    jobs = jobs or os.cpu_count() or 1
    state_path = Path(state) if state else Path(f"{output}.state.jsonl")
    done = _load_state(state_path, settings)
    todo = [s for s in specs if s.id not in done]
    report = BuildReport(documents=len(specs), resumed=len(specs) - len(todo))
    records = dict(done)
    if todo:
        fresh = not state_path.exists() or state_path.stat().st_size == 0
        with open(state_path, "a", encoding="utf-8") as state_file:
            if fresh:
                state_file.write(json.dumps({"aligner_state": STATE_VERSION, "settings": asdict(settings)}) + "\n")
            results = (run_ray(todo, settings, jobs, ray_address) if engine == "ray"
                       else run_local(todo, settings, jobs))
            for record in _with_progress(results, len(todo), progress):
                state_file.write(json.dumps(record, ensure_ascii=False) + "\n")
                state_file.flush()
                records[record["id"]] = record
    tm = TranslationMemory(dedupe=dedupe, min_score=min_score)
    for spec in specs:
        record = records.get(spec.id)
        if record is None or record["status"] != "ok":
            report.failed.append((spec.id, record["error"] if record else "not aligned"))
            continue
        tm.add((_pair_from_row(row) for row in record["pairs"]), doc_id=spec.id)
        report.segments += record["segments"]
    report.export = tm.write(output, fmt, **write_options)
    report.pairs = len(tm)
    report.left_out = tm.reasons()
    report.seconds = time.perf_counter() - started
    return report


def _with_progress(records: Iterable[dict], total: int, show: bool | None) -> Iterator[dict]:
    """A progress bar (documents, sentences per second) on a terminal; nothing in a pipe."""
    from tqdm import tqdm

    show = sys.stderr.isatty() if show is None else show
    started, sentences = time.perf_counter(), 0
    with tqdm(total=total, unit="doc", disable=not show, file=sys.stderr, dynamic_ncols=True) as bar:
        for record in records:
            sentences += record.get("segments", 0)
            bar.update(1)
            bar.set_postfix(sent_per_s=f"{sentences / max(time.perf_counter() - started, 1e-9):.0f}")
            yield record


def run_build(args) -> int:
    """The ``aligner build-tm`` command."""
    if len(args.inputs) == 1:
        specs, alone = read_manifest(args.inputs[0]), []
    elif len(args.inputs) == 2 and all(Path(p).is_dir() for p in args.inputs):
        specs, alone = pair_folders(*args.inputs)
    else:
        raise UsageError("build-tm takes a manifest (.jsonl or .tsv) or two folders (Korean, English)")
    if args.output == "-":
        raise UsageError("build-tm writes a file: give -o MEMORY.tmx|.tsv|.jsonl")
    format_for(args.output, args.format)  # fail now, not after hours of alignment
    check_paths(args.inputs, shared=[p for s in specs for p in s.paths], output=args.output,
                state=args.state or f"{args.output}.state.jsonl")
    check_output_folders(args.output, args.state)
    if not specs:
        raise InputError(f"{args.inputs[0]}: no documents to align")
    if args.allow_download:
        os.environ["ALIGNER_ALLOW_DOWNLOAD"] = "1"
    settings = Settings(args.encoder, args.device, args.presegmented, args.encoding)
    report = build_tm(
        specs, args.output, settings=settings, fmt=args.format, jobs=args.jobs, engine=args.engine,
        ray_address=args.ray_address, state=args.state, dedupe=True, min_score=args.min_score,
        header=args.header, no_date=args.no_date, signature=signature(args.encoder, args.presegmented),
    )
    for doc_id, error in report.failed:
        log.warning("document %s skipped: %s", doc_id, error)
    for path in alone:
        log.warning("%s: no file of the same name in the other folder; skipped", path)
    log.info(
        "%d documents (%d resumed, %d failed%s); %d segments; wrote %d pairs to %s; %.1f s",
        report.documents, report.resumed, len(report.failed), f", {len(alone)} unmatched files" if alone else "",
        report.segments, report.pairs, args.output, report.seconds,
    )
    if report.left_out:  # nothing is dropped silently (README)
        log.info("left out of the memory: %s segments",
                 ", ".join(f"{count} {reason}" for reason, count in report.left_out.items()))
    if report.failed or alone:
        raise PartialBuildError(
            f"{len(report.failed) + len(alone)} of {report.documents + len(alone)} documents were skipped "
            "(listed above); the memory holds the rest; rerun to retry the failed ones"
        )
    return 0
