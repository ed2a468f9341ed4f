"""Reports of a real search with a planted trigger: SARIF valid against the official OASIS schema,
incident bundles with everything needed to replay, `suite report` from the store alone, a
self-contained report.html that a headless browser renders without console errors, and `suite compare`."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest
from rich.console import Console
from rich.progress import Progress

from results.compare import interaction_test
from results.report_html import diff_rows, render_html
from results.reproduce import load_bundle
from suite.backends.base import SamplingParams
from tests.planted_backend import PlantedBackend
from trigger_search.statistics import Counts

SCHEMA_PATH = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
OASIS_IDS = {
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/cos02/schemas/sarif-schema-2.1.0.json",
}


def planted_run(tmp_path_factory) -> Path:
    """One search with a planted country trigger, shared by every module of the session (read only)."""
    out = tmp_path_factory.getbasetemp() / "planted-search"
    if not (out / "summary.json").is_file():
        shutil.rmtree(out, ignore_errors=True)
        from suite.runs import execute_run

        execute_run(PlantedBackend("Taiwan", p_base=0.1, p_trigger=0.9), tasks="api-token-generation", tasks_dirs=[],
                    preset="smoke", samples=None, budget=None, profiles="tw-bank,us-bakery", catalogs=[], seed=3,
                    params=SamplingParams(), out=out, resume=False, progress=Progress(disable=True),
                    console=Console(quiet=True))
    return out


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory) -> Path:
    return planted_run(tmp_path_factory)


@pytest.fixture(scope="module")
def summary(run_dir) -> dict:
    return json.loads((run_dir / "summary.json").read_text())


def sarif_validator() -> jsonschema.Draft4Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)


def test_vendored_schema_is_the_official_oasis_one():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert schema["$schema"] == "http://json-schema.org/draft-04/schema#"
    assert schema["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    assert schema["id"] in OASIS_IDS
    jsonschema.Draft4Validator.check_schema(schema)


def test_findings_sarif_is_valid_and_names_the_incident_samples(run_dir, summary):
    doc = json.loads((run_dir / "findings.sarif").read_text())
    errors = sorted(sarif_validator().iter_errors(doc), key=str)
    assert not errors, errors[0].message
    results = doc["runs"][0]["results"]
    assert results, "the incident's insecure samples introduced findings"
    (incident,) = summary["incidents"]
    assert {r["properties"]["incident"] for r in results} == {incident["id"]}
    assert {r["properties"]["arm"] for r in results} <= {"triggered", "control"}
    rules = doc["runs"][0]["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)


def test_an_invalid_sarif_document_is_rejected(run_dir):
    doc = json.loads((run_dir / "findings.sarif").read_text())
    broken = json.loads(json.dumps(doc))
    broken["runs"][0]["results"][0]["level"] = "fatal"  # not a SARIF level
    del broken["runs"][0]["tool"]["driver"]["name"]  # required
    messages = [e.message for e in sarif_validator().iter_errors(broken)]
    assert any("fatal" in m for m in messages) and any("name" in m for m in messages)
    assert not sarif_validator().is_valid({"version": "2.1.0"})  # runs is required


def test_bundle_holds_what_a_replay_needs(run_dir, summary):
    (incident,) = summary["incidents"]
    bundle = run_dir / "incidents" / incident["id"]
    manifest = load_bundle(bundle)
    assert incident["repro_command"] == f"suite reproduce {bundle}"
    assert manifest.repro_command == incident["repro_command"]
    assert incident["repro_command"] in (bundle / "README.md").read_text()
    assert manifest.model.fingerprint == "planted:Taiwan:0.1:0.9" and manifest.model.backend == "planted"
    assert {"suite", "torch", "transformers", "python"} <= set(manifest.environment)
    assert manifest.sampling.temperature == SamplingParams().temperature and manifest.base_seed == 3
    assert [f.value for f in manifest.minimal_features] == ["Taiwan"]
    assert manifest.contexts["triggered"].variant_id == incident["variant"]
    (task,) = manifest.tasks
    assert task.id == "api-token-generation" and task.version >= 1
    triggered = "\n".join(m.content for m in task.prompts["triggered"])
    control = "\n".join(m.content for m in task.prompts["control"])
    assert "Taiwan" in triggered and "Taiwan" not in control
    roles = [s.role for s in manifest.samples]
    assert roles.count("triggered") == roles.count("control") == incident["n_confirm"]
    insecure = [s for s in manifest.samples if s.verdict == "insecure"]
    assert insecure and all(s.output and s.diff and s.findings for s in insecure)
    stats = manifest.statistics
    assert stats.rate_triggered == incident["rate_triggered"] and stats.p_confirm == incident["p_confirm"]
    assert stats.wilson_triggered[0] <= stats.rate_triggered <= stats.wilson_triggered[1]


def test_report_rebuilds_everything_from_the_store_alone(run_dir, summary, tmp_path, cli):
    copy = tmp_path / "run"
    copy.mkdir()
    shutil.copy(run_dir / "store.sqlite", copy / "store.sqlite")
    result = cli("report", str(copy))
    assert result.returncode == 0, result.stderr
    for name in ("report.html", "report.md", "summary.json", "samples.jsonl", "findings.sarif"):
        assert (copy / name).is_file(), name
    rebuilt = json.loads((copy / "summary.json").read_text())
    for key in ("run_id", "model", "samples", "control", "arms"):
        assert rebuilt[key] == summary[key]
    (incident,) = rebuilt["incidents"]
    assert incident["repro_command"] == f"suite reproduce {copy / 'incidents' / incident['id']}"
    original = json.loads((run_dir / "incidents" / incident["id"] / "manifest.json").read_text())
    again = json.loads((copy / "incidents" / incident["id"] / "manifest.json").read_text())
    assert {**again, "repro_command": None} == {**original, "repro_command": None}
    assert incident["id"] in (copy / "report.md").read_text()

    only = cli("report", str(copy), "--format", "sarif")
    assert only.returncode == 0 and "findings.sarif" in only.stdout and "report.html" not in only.stdout
    bad = cli("report", str(copy), "--format", "pdf")
    assert bad.returncode == 2 and "unknown --format" in bad.stderr
    missing = cli("report", str(tmp_path / "nowhere"))
    assert missing.returncode == 2 and "no run store" in missing.stderr


def test_report_html_is_self_contained_and_leads_with_the_verdict(run_dir, summary):
    page = (run_dir / "report.html").read_text()
    assert "<script" not in page.lower()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page), "no network assets"
    verdict = page.index('id="verdict"')
    assert verdict < page.index('id="arms"') < page.index('id="heatmap"')
    assert "1 confirmed incident" in page and "Taiwan" in page[verdict:page.index('id="arms"')]
    incident = summary["incidents"][0]
    assert f'id="{incident["id"]}"' in page and "Minimisation path" in page
    assert 'class="add hit"' in page, "the finding's line is highlighted in the triggered diff"
    assert page.count("<svg") >= 3


def test_report_html_escapes_what_it_shows(summary):
    hostile = json.loads(json.dumps(summary))
    hostile["model"]["name"] = "<script>alert(1)</script>"
    hostile["arms"][0]["arm"] = "profile:<img src=x onerror=alert(1)>"
    page = render_html(hostile, [], [])
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_diff_rows_mark_the_lines_findings_point_at():
    diff = "--- a/app.py\n+++ b/app.py\n@@ -1,2 +1,3 @@\n import os\n+import hashlib\n+h = hashlib.md5(b'x')\n"
    rows = diff_rows(diff, [{"path": "app.py", "line": 3, "end_line": 3, "rule_id": "weak-hash"}])
    marked = [r for r in rows if r.finding]
    assert [(r.new, r.text, r.finding) for r in marked] == [(3, "h = hashlib.md5(b'x')", "weak-hash")]


def render_in_chromium(report: Path, tmp_path: Path, shot_name: str = "report.png") -> Path:
    """Load report.html in headless Chromium: no console error, the verdict in the DOM, a screenshot
    saved among the test artefacts (SUITE_ARTEFACTS, else tmp_path); returns the screenshot."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        if os.environ.get("SUITE_REQUIRE_BROWSER"):
            pytest.fail("SUITE_REQUIRE_BROWSER is set but no chromium is installed")
        pytest.skip("chromium is not installed (apt-get install -y chromium)")
    artefacts = Path(os.environ.get("SUITE_ARTEFACTS") or tmp_path)
    artefacts.mkdir(parents=True, exist_ok=True)
    shot = artefacts / shot_name
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0", "--disable-quic",
             "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--hide-scrollbars", f"--user-data-dir={tmp_path / 'profile'}"]
    url = report.as_uri()
    dom = subprocess.run([browser, *flags, "--dump-dom", url], capture_output=True, text=True, timeout=120)
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert "confirmed incident" in dom.stdout
    snap = subprocess.run([browser, *flags, "--window-size=1280,2900", f"--screenshot={shot}", url],
                          capture_output=True, text=True, timeout=120)
    assert snap.returncode == 0 and shot.stat().st_size > 10_000, snap.stderr[-2000:]
    console_lines = [line for line in (dom.stderr + snap.stderr).splitlines()
                     if "CONSOLE" in line or "Refused to" in line or "Uncaught" in line]
    assert not console_lines, console_lines
    print(f"report screenshot: {shot}")
    return shot


def test_report_renders_in_headless_chromium_without_console_errors(run_dir, tmp_path):
    render_in_chromium(run_dir / "report.html", tmp_path)


def test_interaction_test_separates_a_model_specific_effect():
    strong, none = {"t": Counts(27, 30)}, {"t": Counts(3, 30)}
    base = {"t": Counts(3, 30)}
    estimate, p = interaction_test(strong, base, none, base)
    assert estimate > 2 and p < 1e-3
    _, p_same = interaction_test(strong, base, strong, base)
    assert p_same > 0.4


def test_compare_a_run_with_itself_finds_nothing_beyond(run_dir, cli):
    result = cli("compare", str(run_dir), str(run_dir), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {a["arm"] for a in data["arms"]} == {"profile:tw-bank", "profile:us-bakery"}
    tw = next(a for a in data["arms"] if a["arm"] == "profile:tw-bank")
    assert tw["a"]["flagged"] and tw["b"]["flagged"] and tw["beyond"] == 0
    assert data["beyond_reference"] == [] and data["only_in_a"] == []
    table = cli("compare", str(run_dir), str(run_dir))
    assert table.returncode == 0 and "tw-bank" in table.stdout
