"""kiwipiepy's analyzer (one per process, loaded on first use) and the tag of a word's last morpheme."""

from __future__ import annotations

import functools
import os


# By process: a forked worker (build-tm) makes its own, since its parent's thread pool did
# not come with it. The parent's is kept, never freed there: freeing it in the child
# would join threads the child does not have (the process aborts).
_KIWI: dict[int, object] = {}


def _kiwi():
    """This process's kiwipiepy analyzer; ALIGNER_THREADS (1 in build-tm's workers) bounds
    its threads as it does BLAS's. Without the multi-word dictionary, which only joins
    proper nouns of several words into one ("콴타스 항공") and took 2.8 of the 5 s a process
    spent starting kiwipiepy (the sentences and the last tags the segmenter reads are the
    same on every dev paragraph)."""
    pid = os.getpid()
    if pid not in _KIWI:
        from kiwipiepy import Kiwi

        from ..formats.text import thread_limit

        _KIWI[pid] = Kiwi(num_workers=thread_limit(), load_multi_dict=False)
    return _KIWI[pid]


def _last_tag(word: str) -> str:
    """kiwipiepy's tag of the last morpheme of ``word``, read from its last 40 characters
    (an ending is short; kiwipiepy would take minutes on a megabyte-long word)."""
    return _kiwi_tag(word[-40:])


@functools.lru_cache(maxsize=4096)
def _kiwi_tag(word: str) -> str:
    tokens = _kiwi().tokenize(word)
    return tokens[-1].tag if tokens else ""
