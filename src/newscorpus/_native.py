"""Whether the optional C kernels may run: the one switch all of them read.

``NEWSCORPUS_PURE=1`` (or true, yes, on) in the environment, read when each kernel's module is
imported, keeps every kernel off even where the compiled wheel built them: the pure-Python twins
(each the reference of its kernel) then run. ``newscorpus.speedups`` tells which run.
"""

from __future__ import annotations

import importlib
import os
from typing import Any, Final

__all__ = ["PURE_VARIABLE", "load_kernel", "pure_requested"]

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


def load_kernel(module: str, name: str) -> Any:
    """``newscorpus.<module>.<name>``, a C kernel, when it is built (the compiled wheel) and
    ``NEWSCORPUS_PURE`` is not set; else None, and its pure-Python twin runs.

    >>> load_kernel("_no_such_kernel", "f") is None
    True
    """
    if pure_requested():
        return None
    try:
        return getattr(importlib.import_module(f"newscorpus.{module}"), name)
    except (ImportError, AttributeError):
        return None
