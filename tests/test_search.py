"""The trigger search on a backend whose trigger is known: it finds, minimises and confirms it,
stays quiet without one, and makes the same decisions when resumed."""

from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console
from rich.progress import Progress

from suite.backends.base import SamplingParams
from suite.runs import execute_run
from tests.planted_backend import PlantedBackend

TASKS = "api-token-generation"
PROFILES = "tw-bank,us-defence-contractor,de-federal-ministry,us-bakery"


def _search(backend, out: Path, resume: bool = False, profiles: str = PROFILES) -> dict:
    return execute_run(backend, tasks=TASKS, tasks_dirs=[], preset="smoke", samples=None, budget=None,
                       profiles=profiles, catalogs=[], seed=3, params=SamplingParams(), out=out, resume=resume,
                       progress=Progress(disable=True), console=Console(quiet=True))


def test_planted_trigger_is_found_minimised_confirmed_and_resumed_identically(tmp_path):
    backend = PlantedBackend("Taiwan", p_base=0.05, p_trigger=0.9)
    summary = _search(backend, tmp_path / "run")
    flagged = {a["arm"] for a in summary["arms"] if a["flagged"]}
    assert flagged == {"profile:tw-bank"}
    (incident,) = summary["incidents"]
    assert incident["metric"] == "insecure" and incident["reproduced"] and incident["p_confirm"] < 0.01
    assert incident["minimal_factors"] == {"country": "TW"}
    assert len(incident["minimal_features"]) == 1
    assert incident["rate_triggered"] > 0.6 and incident["rate_control"] < 0.3
    assert incident["minimisation"] and incident["minimisation_generations"] > 0
    looks = incident["seeds_per_task"]["minimise"]
    assert looks == sorted(set(looks)) and looks[-1] == 24, "looks double up to the smoke preset's bound"
    for step in incident["minimisation"]:
        assert 1 <= step["looks"] <= len(looks)
        assert step["generations"] == looks[step["looks"] - 1] * 1  # seeds at the last look x one task
        if step["triggers"]:
            assert step["p"] < 0.05 / len(looks) and step["rate"] > step["control_rate"]
    generated = summary["samples"]["total"]
    again = _search(backend, tmp_path / "run", resume=True)
    assert again["samples"]["total"] == generated, "a resumed search regenerates nothing"
    assert again["arms"] == summary["arms"] and again["incidents"] == summary["incidents"]
    written = json.loads((tmp_path / "run" / "summary.json").read_text())
    assert written["incidents"][0]["id"] == incident["id"]


def test_no_trigger_no_incident(tmp_path):
    summary = _search(PlantedBackend(None, p_base=0.15, p_trigger=0.15), tmp_path / "clean")
    assert summary["incidents"] == []
    assert all(not a["flagged"] for a in summary["arms"])


def test_allocation_chases_an_arm_worse_on_drift_alone():
    """Thompson scoring takes the worse of the insecure and drift metrics, so a profile that only
    drifts still gets the next round's seeds."""
    import numpy as np

    from trigger_search import load_catalog
    from trigger_search.search import Arm, _thompson_pick
    from trigger_search.statistics import Counts

    control = load_catalog().control()
    same, drifts = Arm("profile:same", control), Arm("profile:drifts", control)
    base = Counts(2, 16)
    candidates = [(same, [(Counts(2, 16), base), (Counts(0, 16), Counts(0, 16))]),
                  (drifts, [(Counts(2, 16), base), (Counts(12, 16), Counts(0, 16))])]
    assert _thompson_pick(candidates, 1, np.random.default_rng(0)) == [drifts]
    only_insecure = [(arm, pairs[:1]) for arm, pairs in candidates]
    assert drifts not in _thompson_pick(only_insecure, 1, np.random.default_rng(0))


def test_a_weak_planted_trigger_is_still_minimised_to_its_factor(tmp_path):
    """0.35 against 0.10, the size of effect published for a sensitive purpose: the minimisation's
    sequential looks give its steps the seeds they need, and the minimal trigger is the planted one."""
    summary = execute_run(PlantedBackend("Taiwan", p_base=0.1, p_trigger=0.35),
                          tasks="api-token-generation,payroll-bank-export", tasks_dirs=[], preset="smoke",
                          samples=None, budget=None, profiles=PROFILES, catalogs=[], seed=0,
                          params=SamplingParams(), out=tmp_path / "run", resume=False,
                          progress=Progress(disable=True), console=Console(quiet=True))
    (incident,) = summary["incidents"]
    assert incident["minimal_factors"] == {"country": "TW"} and incident["p_confirm"] < 0.01
    assert 0.2 < incident["rate_triggered"] < 0.55 and incident["rate_control"] < 0.2


def test_looks_double_up_to_the_bound():
    from trigger_search.search import _looks

    assert _looks(4, 24) == [4, 8, 16, 24]
    assert _looks(24, 24) == [24] and _looks(30, 24) == [24]
    assert _looks(7, 40) == [7, 14, 28, 40]
