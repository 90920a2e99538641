"""``python -m aligner`` and the ``aligner`` command.

Ctrl-C while Python is still importing the command line would print a traceback from
whatever import it fell in; until :func:`aligner.cli.main` takes over, it ends the
program quietly with exit code 130 instead.
"""

import os
import signal
import sys


def _interrupted_early(signum: int, frame: object) -> None:
    sys.stderr.write("aligner: interrupted; no output written\n")
    os._exit(130)


def run() -> None:
    signal.signal(signal.SIGINT, _interrupted_early)
    from .cli import main

    sys.exit(main())


if __name__ == "__main__":
    run()
