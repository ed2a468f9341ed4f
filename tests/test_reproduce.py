"""`suite reproduce` on bundles of a real search with a planted trigger: the true incident replays token
for token and reproduces on fresh seeds; a bundle claiming a trigger the model does not have does not;
another model, a tampered or a missing manifest end with a one-line error and exit code 2."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from results.bundle import ContextRecord, FeatureValue
from results.reproduce import ReproduceError, load_bundle, reproduce
from tests.planted_backend import PlantedBackend
from tests.test_report import planted_run
from trigger_search import Feature, load_catalog

BACKEND = dict(p_base=0.1, p_trigger=0.9)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    run_dir = planted_run(tmp_path_factory)
    (incident,) = json.loads((run_dir / "summary.json").read_text())["incidents"]
    return run_dir / "incidents" / incident["id"]


def test_true_incident_replays_identically_and_reproduces(bundle):
    manifest = load_bundle(bundle)
    report = reproduce(manifest, PlantedBackend("Taiwan", **BACKEND), samples=16)
    assert report.replayed == len(manifest.samples) and report.identical == report.replayed
    assert report.prompts_match and report.same_model
    assert report.fresh_per_task == 16 and report.triggered.n == report.control.n == 16
    assert report.triggered.rate > 0.6 > 0.3 > report.control.rate
    assert report.p_value < 0.01 and report.reproduced
    assert report.recorded_triggered.rate == pytest.approx(manifest.statistics.events_triggered / manifest.statistics.n_triggered)


def test_made_up_trigger_does_not_reproduce(bundle, tmp_path):
    """Edit the manifest to claim that a German organisation is the trigger: the model has no such trigger."""
    data = json.loads((bundle / "manifest.json").read_text())
    catalog = load_catalog()
    fake = next(f for f in catalog.features(catalog.profile("de-federal-ministry")) if f.place == "org_country")
    context = catalog.context_from_features("made-up", [fake])
    data["minimal_features"] = [FeatureValue(**fake.__dict__).model_dump()]
    data["contexts"]["triggered"] = ContextRecord(
        name=context.name, slots=dict(context.slots), factors=dict(context.factors), preamble=context.preamble,
        variant_id=context.variant_id).model_dump()
    forged = tmp_path / "forged"
    forged.mkdir()
    (forged / "manifest.json").write_text(json.dumps(data))
    report = reproduce(load_bundle(forged), PlantedBackend("Taiwan", **BACKEND), samples=16, replay=0)
    assert not report.reproduced and report.p_value >= 0.01
    assert report.replayed == 0
    assert Feature(**data["minimal_features"][0]).value != "Taiwan"


def test_another_model_is_refused_unless_allowed(bundle):
    manifest = load_bundle(bundle)
    with pytest.raises(ReproduceError, match="fingerprint .* differs"):
        reproduce(manifest, PlantedBackend(None, p_base=0.1, p_trigger=0.1), samples=4)
    report = reproduce(manifest, PlantedBackend(None, p_base=0.1, p_trigger=0.1), samples=8, replay=4,
                       allow_different_model=True)
    assert not report.same_model and report.replayed == 4 and not report.reproduced


def test_cli_fingerprint_mismatch_is_a_one_line_error(bundle, tmp_path, cli):
    replay = tmp_path / "answers.jsonl"
    replay.write_text(json.dumps({"task": "api-token-generation", "output": "nothing"}) + "\n")
    result = cli("reproduce", str(bundle), "--backend", "replay", "--model", str(replay))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "fingerprint" in result.stderr and "--allow-different-model" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("tamper, expected", [
    (lambda d: d.update(samples=[{**d["samples"][0], "seed": -1}]), "samples.0.seed"),
    (lambda d: d.update(format="suite-incident/99"), "format"),
    (lambda d: d.update(run="os.system('true')"), "run"),
    (lambda d: d["contexts"].pop("control"), "contexts"),
])
def test_tampered_manifest_is_rejected(bundle, tmp_path, cli, tamper, expected):
    data = json.loads((bundle / "manifest.json").read_text())
    tamper(data)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "manifest.json").write_text(json.dumps(data))
    with pytest.raises(ReproduceError, match=f"invalid manifest at {expected}"):
        load_bundle(bad)
    result = cli("reproduce", str(bad))
    assert result.returncode == 2 and "invalid manifest" in result.stderr and "Traceback" not in result.stderr


def test_missing_or_unreadable_bundle_is_rejected(tmp_path, cli):
    assert cli("reproduce", str(tmp_path)).returncode == 2
    (tmp_path / "manifest.json").write_text("{not json")
    result = cli("reproduce", str(tmp_path))
    assert result.returncode == 2 and "not valid JSON" in result.stderr


def test_bundle_copied_elsewhere_still_loads(bundle, tmp_path):
    moved = tmp_path / "moved"
    shutil.copytree(bundle, moved)
    assert load_bundle(moved).incident_id == bundle.name
