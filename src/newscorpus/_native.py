"""Whether the optional C kernels may run: the one switch all of them read.

``NEWSCORPUS_PURE=1`` (or true, yes, on) in the environment, read when each kernel's module is
imported, keeps every kernel off even where the compiled wheel built them: the pure-Python twins
(each the reference of its kernel) then run. ``newscorpus.speedups`` tells which run.
"""

from __future__ import annotations

import os
from typing import Final

__all__ = ["PURE_VARIABLE", "pure_requested"]

#: The environment variable that turns the C kernels off.
PURE_VARIABLE: Final = "NEWSCORPUS_PURE"


def pure_requested() -> bool:
    """True when ``NEWSCORPUS_PURE`` asks for the pure-Python code.

    >>> import os
    >>> os.environ["NEWSCORPUS_PURE"] = " Yes "; pure_requested()
    True
    >>> del os.environ["NEWSCORPUS_PURE"]; pure_requested()
    False
    """
    return os.environ.get(PURE_VARIABLE, "").strip().lower() in {"1", "true", "yes", "on"}
