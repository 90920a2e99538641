"""One exception tree; each class carries the CLI exit code documented in the README."""

from __future__ import annotations


class AlignerError(Exception):
    """Base of every error the aligner reports to a user."""

    exit_code = 1


class InputError(AlignerError):
    """An input file is missing, unreadable, empty, binary or undecodable."""

    exit_code = 3


class InputLimitError(InputError):
    """An input holds more than the input limit allows (``--max-input-mb``)."""


class LanguageError(AlignerError):
    """An input has the wrong language, or a bilingual document has only one."""

    exit_code = 4


class UnavailableError(AlignerError):
    """An optional component (an encoder's package, the Ray engine) is not available."""

    exit_code = 5


class EncoderError(UnavailableError):
    """The chosen encoder cannot be loaded (missing extra, model not found)."""


class OutputError(AlignerError):
    """An output cannot be written."""

    exit_code = 6


class PartialBuildError(AlignerError):
    """Some documents of a translation-memory build failed; the rest were written."""

    exit_code = 7


class UsageError(AlignerError):
    """The command line is wrong (also argparse's own exit code)."""

    exit_code = 2
