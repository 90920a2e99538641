"""Where a build's work runs: in this process, on local worker processes, or on Ray.

An engine runs a *job* over a stream of *tasks*. A job is a small picklable object
(hashable: a frozen dataclass) with ``setup()``, run once per worker process (load an
encoder), and ``__call__(task) -> result``. Tasks are pulled from their iterator only
as workers free up (a bounded window), so the driver never holds more than a few tasks'
inputs; results come back as they finish, with each task's number. The engine knows
nothing about documents: building a memory (:class:`~aligner.building.build.AlignJob`)
and deduplicating it (:class:`~aligner.building.dedupe.DedupeJob`) are two jobs; any
other function from a task to a result (mining a block of sentences, say) can be a job.

Worker processes die with the driver: on Linux through ``PR_SET_PDEATHSIG``, elsewhere
through a watchdog thread that checks the parent; they ignore Ctrl-C, which the driver
handles.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Hashable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol

from ..errors import UnavailableError


class Job(Hashable, Protocol):
    """What an engine runs: ``setup`` once per worker process, then one call per task."""

    def setup(self) -> None: ...

    def __call__(self, task: Any) -> Any: ...


_READY: set[Job] = set()


def run_job(job: Job, task: Any) -> Any:
    """Run one task in this process, setting the job up first if this process has not."""
    if job not in _READY:
        job.setup()
        _READY.add(job)
    return job(task)


class Engine:
    """Runs jobs; a context manager that owns its workers."""

    workers: int = 1

    def map(self, job: Job, tasks: Iterable[Any]) -> Iterator[tuple[int, Any]]:
        raise NotImplementedError

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


class InlineEngine(Engine):
    """Everything in this process, in order (``--jobs 1``)."""

    def map(self, job: Job, tasks: Iterable[Any]) -> Iterator[tuple[int, Any]]:
        for number, task in enumerate(tasks):
            yield number, run_job(job, task)


class LocalEngine(Engine):
    """``jobs`` worker processes on this machine, each with ``cpu_count // jobs`` BLAS threads."""

    def __init__(self, jobs: int) -> None:
        self.workers = jobs
        self._pool: ProcessPoolExecutor | None = None
        self._sigpipe = None

    def __enter__(self) -> LocalEngine:
        threads = max(1, (os.cpu_count() or 1) // self.workers)
        # A pipe to a worker that is gone must raise (BrokenPipeError), not end this process,
        # as SIG_DFL (which the CLI sets for `aligner align | head`) would.
        self._sigpipe = _ignore_sigpipe()
        self._pool = ProcessPoolExecutor(self.workers, initializer=_init_worker, initargs=(threads, os.getpid()))
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        if self._pool is None:
            return
        if exc_type is not None:  # Ctrl-C or an error: stop now, not after the running tasks
            for process in list((getattr(self._pool, "_processes", None) or {}).values()):
                process.kill()  # what Python 3.14's kill_workers() does
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool = None
        if self._sigpipe is not None:
            signal.signal(signal.SIGPIPE, self._sigpipe)

    def map(self, job: Job, tasks: Iterable[Any]) -> Iterator[tuple[int, Any]]:
        assert self._pool is not None, "use the engine in a with block"
        pending: dict[Future, int] = {}
        numbered = enumerate(tasks)
        window = 2 * self.workers  # a task queued behind each running one: no idle gap
        exhausted = False
        while True:
            while not exhausted and len(pending) < window:
                item = next(numbered, None)
                if item is None:
                    exhausted = True
                    break
                pending[self._pool.submit(run_job, job, item[1])] = item[0]
            if not pending:
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                try:
                    result = future.result()
                except BrokenProcessPool:  # a worker killed from outside: the OOM killer, most often
                    raise UnavailableError(
                        "a worker process ended without a word (killed: out of memory?); the documents "
                        "finished are kept: rerun to resume, with fewer --jobs or a lower --max-input-mb") from None
                yield pending.pop(future), result


class RayEngine(Engine):
    """Ray actors, one per CPU of the cluster (``address``) or of a local Ray started
    with ``jobs`` CPUs; each actor keeps its jobs set up (a loaded encoder) between tasks."""

    def __init__(self, jobs: int, address: str | None = None, per_actor: int = 2) -> None:
        self.jobs = jobs
        self.address = address
        self.per_actor = per_actor
        self._started_here = False
        self._actors: list = []

    def __enter__(self) -> RayEngine:
        ray = _import_ray()
        if not ray.is_initialized():
            _init_ray(ray, self.address, self.jobs)
            self._started_here = True
        try:
            self.workers = max(1, int(ray.available_resources().get("CPU", self.jobs)))
            actor = ray.remote(num_cpus=1)(_RayWorker)
            self._actors = [actor.remote() for _ in range(self.workers)]
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        import ray

        for actor in self._actors:
            ray.kill(actor)
        self._actors = []
        if self._started_here:
            ray.shutdown()
            self._started_here = False

    def map(self, job: Job, tasks: Iterable[Any]) -> Iterator[tuple[int, Any]]:
        import ray

        job_ref = ray.put(job)
        load = {i: 0 for i in range(len(self._actors))}
        pending: dict = {}  # object ref -> (task number, actor index)
        numbered = enumerate(tasks)
        exhausted = False
        while True:
            while not exhausted:
                actor = min(load, key=load.__getitem__)
                if load[actor] >= self.per_actor:
                    break
                item = next(numbered, None)
                if item is None:
                    exhausted = True
                    break
                pending[self._actors[actor].run.remote(job_ref, item[1])] = (item[0], actor)
                load[actor] += 1
            if not pending:
                return
            done, _ = ray.wait(list(pending), num_returns=1)
            number, actor = pending.pop(done[0])
            load[actor] -= 1
            yield number, ray.get(done[0])


class _RayWorker:
    """A Ray actor: runs any job's tasks, keeping each job set up."""

    def __init__(self) -> None:
        os.environ["ALIGNER_THREADS"] = "1"

    def run(self, job: Job, task: Any) -> Any:
        return run_job(job, task)


def _import_ray():
    try:
        import ray
    except ImportError:
        raise UnavailableError("the ray engine needs Ray: pip install 'aligner[ray]'") from None
    return ray


def _init_ray(ray, address: str | None, jobs: int) -> None:
    """Join the cluster at ``address`` or start Ray here; any failure is 'unavailable'."""
    if address and address.startswith("ray://"):
        try:
            import grpc  # noqa: F401  (what Ray's client needs; Ray's own check is this import)
        except ImportError:
            raise UnavailableError(
                f"--ray-address {address} needs Ray's client (grpcio): pip install 'aligner[ray]' "
                "(or pip install 'ray[client]')"
            ) from None
    try:
        if address:
            ray.init(address=address, log_to_driver=False)
        else:
            ray.init(num_cpus=jobs, include_dashboard=False, log_to_driver=False)
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as err:
        where = f"join the Ray cluster at {address}" if address else "start Ray on this machine"
        raise UnavailableError(f"cannot {where}: {type(err).__name__}: {err}".splitlines()[0]) from None


ENGINES = ("local", "ray")


def open_engine(kind: str, jobs: int, address: str | None = None) -> Engine:
    """The engine named on the command line: ``local`` (``jobs`` processes, at most one
    per core: each is CPU-bound and holds its own models; 1: this process) or ``ray``."""
    if kind == "ray":
        return RayEngine(jobs, address)
    if kind != "local":
        raise ValueError(f"unknown engine {kind!r}")
    jobs = min(jobs, os.cpu_count() or 1)
    return InlineEngine() if jobs <= 1 else LocalEngine(jobs)


# ---------------------------------------------------------------- worker processes


def _ignore_sigpipe():
    """Ignore SIGPIPE (Python's own default) and return the handler to restore, if this
    thread may change it."""
    if not hasattr(signal, "SIGPIPE") or threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGPIPE, signal.SIG_IGN)


def _init_worker(threads: int, driver: int) -> None:
    os.environ["ALIGNER_THREADS"] = str(threads)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the driver handles Ctrl-C and stops the pool
    die_with_parent(driver)


def die_with_parent(driver: int) -> None:
    """End this process when its parent (the driver, or a fork server) dies, even by
    SIGKILL: a worker left behind would hold its memory (a loaded model) for nothing."""
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent, driver), name="aligner-watchdog", daemon=True).start()


def _watch_parent(parent: int, driver: int, every: float = 1.0) -> None:
    """The portable net under PR_SET_PDEATHSIG: a reparented worker, or one whose
    driver is gone, exits."""
    while True:
        time.sleep(every)
        if os.getppid() != parent or not _alive(driver):
            os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
