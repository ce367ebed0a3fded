"""Site profile files for the corpus tools: load one (a collection or a single profile), once per process.

``newscorpus parse --profile FILE``, :func:`~newscorpus.corpus.parse_partition`
and :func:`newscorpus.dask.parse_bag` take a profile as an object or as a
path; a path is read the first time a process needs it and kept (keyed by
the path, its size and modification time), so each worker process reads the
file once, however many documents it parses.
"""

from __future__ import annotations

import functools
import os
import pathlib
from typing import TypeAlias

from ..site import SiteProfile, SiteProfiles

__all__ = ["Profile", "ProfileArg", "load_profile", "resolve_profile"]

#: What ``parse(..., profile=...)`` takes.
Profile: TypeAlias = SiteProfile | SiteProfiles
#: A profile, or the path of a file written by ``save`` (``newscorpus learn -o FILE``).
ProfileArg: TypeAlias = "SiteProfile | SiteProfiles | str | os.PathLike[str] | None"


def load_profile(path: str | os.PathLike[str]) -> Profile:
    """Read a file written by :meth:`SiteProfiles.save <newscorpus.site.SiteProfiles.save>` (or
    :meth:`SiteProfile.save <newscorpus.site.SiteProfile.save>`); cached per process.

    Raises OSError when the file cannot be read and ValueError when it is not a site profile.
    """
    p = pathlib.Path(path).resolve()
    stat = p.stat()
    return _load(str(p), stat.st_size, stat.st_mtime_ns)


@functools.lru_cache(maxsize=8)
def _load(path: str, size: int, mtime_ns: int) -> Profile:
    data = pathlib.Path(path).read_bytes()
    try:
        return SiteProfiles.from_bytes(data)
    except ValueError as exc:
        try:
            return SiteProfile.from_bytes(data)
        except ValueError:
            raise exc from None


def resolve_profile(profile: ProfileArg) -> Profile | None:
    """``profile`` itself, or the profile its path names (:func:`load_profile`)."""
    if profile is None or isinstance(profile, (SiteProfile, SiteProfiles)):
        return profile
    if isinstance(profile, (str, os.PathLike)):
        return _resolved(os.fspath(profile))
    raise TypeError(
        f"profile must be a SiteProfile, SiteProfiles, a path or None, not {type(profile).__name__}"
    )


@functools.lru_cache(maxsize=8)
def _resolved(path: str) -> Profile:
    """A path's profile, read once per process and then kept (no file system access per document)."""
    return load_profile(path)
