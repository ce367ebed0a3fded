"""The accuracy gate fails when a figure drops below its floor, and floors only go down on purpose."""

from __future__ import annotations

import json
import pathlib
import sys

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import gate

FLOORS = {"seeds": {"fields": 1.0, "lines": 1.0}, "dev": {"fields": 0.95, "lines": 0.95}}


def test_figures_at_their_floors_pass() -> None:
    figures = {"seeds": {"fields": 1.0, "lines": 1.0}, "dev": {"fields": 0.95, "lines": 0.97}}
    assert gate.check(figures, FLOORS) == []


def test_a_figure_lowered_on_purpose_fails_the_gate() -> None:
    figures = {"seeds": {"fields": 1.0, "lines": 0.99}, "dev": {"fields": 0.94, "lines": 0.97}}
    assert gate.check(figures, FLOORS) == [
        "seeds.lines: 0.9900 is below its floor 1.0000",
        "dev.fields: 0.9400 is below its floor 0.9500",
    ]


def test_missing_folder_is_skipped_not_failed() -> None:
    assert gate.check({"seeds": {"fields": 1.0, "lines": 1.0}}, FLOORS) == []


def test_update_raises_but_never_lowers_without_the_flag() -> None:
    figures = {"dev": {"fields": 0.97, "lines": 0.90}}
    new, lowered = gate.update(figures, FLOORS, allow_lower=False)
    assert new["dev"] == {"fields": 0.97, "lines": 0.95}
    assert lowered == []
    new, lowered = gate.update(figures, FLOORS, allow_lower=True)
    assert new["dev"]["lines"] == 0.90
    assert lowered == ["dev.lines 0.9500 -> 0.9000"]


def test_gate_exits_non_zero_against_a_raised_floor(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps({"seeds": {"fields": 1.01}}), encoding="utf-8")
    assert gate.main(["--baseline", str(baseline)]) == 1
    assert "seeds.fields" in capsys.readouterr().out


def test_committed_baseline_holds() -> None:
    assert gate.main([]) == 0


def test_lowering_needs_a_reason(tmp_path: pathlib.Path) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps({"seeds": {"fields": 1.0}}), encoding="utf-8")
    assert gate.main(["--baseline", str(baseline), "--update", "--allow-lower"]) == 2
