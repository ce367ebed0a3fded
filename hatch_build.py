"""Build hook: the optional mypyc-compiled wheel.

``pip install .``, ``pip install -e .`` and the sdist are pure Python and need no compiler. With
``NEWSCORPUS_COMPILE=1`` in the environment, a wheel build compiles the modules listed under
``[tool.hatch.build.targets.wheel.hooks.custom]`` in pyproject.toml with mypyc, through the
`hatch-mypyc <https://github.com/ofek/hatch-mypyc>`_ build hook (it and mypy are then fetched as
build dependencies; a C compiler and the Python headers are needed), and builds the hand-written C
extensions ``newscorpus._speedups`` and ``newscorpus._splitlines`` (src/newscorpus/*.c, with setuptools,
out of the source tree).
The wheel keeps every ``.py`` file next to the compiled modules. An editable install stays pure Python
even then. See docs/speed.md, "The compiled build".
"""

from __future__ import annotations

import os
import shutil
import tempfile
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

COMPILE_VARIABLE = "NEWSCORPUS_COMPILE"
# Fetched into the isolated build environment only for a compiled build (with the runtime dependencies,
# so that mypy sees their types: attrs classes compile to native attribute access).
COMPILE_REQUIRES = ["hatch-mypyc>=0.16", "mypy>=1.8", "types-python-dateutil", "setuptools"]
# The C extensions of the compiled build: module name, source (from the project root).
C_EXTENSIONS = {
    "newscorpus._speedups": "src/newscorpus/_speedups.c",
    "newscorpus._splitlines": "src/newscorpus/_splitlines.c",
}


def compile_requested() -> bool:
    return os.environ.get(COMPILE_VARIABLE, "").strip().lower() in {"1", "true", "yes", "on"}


class CompileHook(BuildHookInterface):  # type: ignore[type-arg]
    """Hands the wheel build to hatch-mypyc's hook when ``NEWSCORPUS_COMPILE=1``; otherwise does nothing."""

    PLUGIN_NAME = "custom"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._mypyc: Any = None
        self._c_build_dir: str | None = None

    def _compiles(self, version: str) -> bool:
        # An editable install stays interpreted: it runs the files in src/ as they are edited.
        return compile_requested() and self.target_name == "wheel" and version != "editable"

    def dependencies(self) -> list[str]:
        if not compile_requested():
            return []
        return [*COMPILE_REQUIRES, *self.metadata.core.dependencies]

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if not self._compiles(version):
            return
        from hatch_mypyc.plugin import MypycBuildHook  # type: ignore[import-untyped]

        # hatch-mypyc reads the same options (include, exclude, mypy-args, options) from this hook's table.
        self._mypyc = MypycBuildHook(
            self.root,
            self.config,
            self.build_config,
            self.metadata,
            self.directory,
            self.target_name,
            self.app,
        )
        try:
            self._mypyc.initialize(version, build_data)
            self._build_c_extensions(build_data)
        except BaseException:
            # finalize() is not called when initialize() fails: leave no compiled module next to the .py
            # files in src/ (an editable install would load it) and no temporary directory.
            self._clean(version)
            raise

    def _build_c_extensions(self, build_data: dict[str, Any]) -> None:
        """Compiles ``C_EXTENSIONS`` in a temporary directory; the wheel takes them from there."""
        from setuptools import Distribution, Extension

        self._c_build_dir = tempfile.mkdtemp(prefix="newscorpus-c-")
        extensions = [
            Extension(name, [os.path.join(self.root, source)]) for name, source in C_EXTENSIONS.items()
        ]
        command = Distribution({"name": "newscorpus", "ext_modules": extensions}).get_command_obj("build_ext")
        command.build_lib = self._c_build_dir
        command.build_temp = os.path.join(self._c_build_dir, "tmp")
        command.ensure_finalized()
        command.run()
        for name in C_EXTENSIONS:
            built = command.get_ext_fullpath(name)
            build_data["force_include"][built] = os.path.relpath(built, self._c_build_dir)

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        self._clean(version)

    def _clean(self, version: str) -> None:
        # hatch-mypyc builds the extension modules in place (next to the .py files in src/): once they are
        # in the wheel, remove them, or an editable install or a later pure build would pick them up.
        if self._mypyc is not None:
            self._mypyc.clean([version])
            self._mypyc = None
        if self._c_build_dir is not None:
            shutil.rmtree(self._c_build_dir, ignore_errors=True)
            self._c_build_dir = None
