"""``python -m aligner`` and the ``aligner`` command.

Ctrl-C (or SIGTERM, or SIGHUP: the terminal closed) while Python is still importing the
command line would print a traceback from whatever import it fell in, or end the program
without a word; until :func:`aligner.cli.main` takes over (and for SIGTERM and SIGHUP
outside ``align``'s own work), each ends the program with one line and exit code 130
(SIGINT), 143 (SIGTERM) or 129 (SIGHUP).
"""

import os
import signal
import sys

_MAIN_PID = os.getpid()


def _ended_early(signum: int, frame: object) -> None:
    if os.getpid() != _MAIN_PID:  # a forked worker process inherited this: die as it would have
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
        return
    what = {signal.SIGINT: "interrupted", getattr(signal, "SIGHUP", None): "hung up"}.get(signum, "terminated")
    if sys.stderr is not None:
        sys.stderr.write(f"aligner: {what}; no output written\n")
    os._exit(128 + signum)


def run() -> None:
    signal.signal(signal.SIGINT, _ended_early)
    signal.signal(signal.SIGTERM, _ended_early)
    if hasattr(signal, "SIGHUP") and signal.getsignal(signal.SIGHUP) is not signal.SIG_IGN:  # as `nohup` leaves it: keep ignoring it
        signal.signal(signal.SIGHUP, _ended_early)
    from .cli import main

    sys.exit(main(process=True))


if __name__ == "__main__":
    run()
