"""Every report of a run, rebuilt from its store alone: summary.json and samples.jsonl, report.html,
report.md, findings.sarif and the incident bundles. `suite run` and `suite report` share this code."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from results.bundle import Manifest, environment, write_bundles
from results.export import write_atomic, write_json, write_jsonl
from results.sarif import sarif_log
from results.store import STORE_NAME, Store
from results.summary import build_summary, sample_row
from scanners import Finding
from suite.errors import SuiteError

FORMATS = ("html", "md", "json", "sarif")
FILES = {"html": "report.html", "md": "report.md", "json": "summary.json", "sarif": "findings.sarif"}


def incident_findings(manifests: Sequence[Manifest]) -> tuple[list[Finding], list[dict]]:
    """The introduced findings of every incident sample, each with where it came from."""
    findings, props = [], []
    for m in manifests:
        for s in m.samples:
            for data in [*s.findings, *s.drift]:
                try:
                    finding = Finding.from_dict(data)
                except TypeError:
                    continue  # a record written by another version: leave it out rather than guess
                findings.append(finding)
                props.append({"incident": m.incident_id, "sample": s.sample_id, "arm": s.role, "task": s.task,
                              "seed": s.seed, "model_fingerprint": m.model.fingerprint or ""})
    return findings, props


def render_markdown(summary: dict, manifests: Sequence[Manifest]) -> str:
    c = summary["control"]
    rate = "n/a" if c["rate"] is None else f"{c['rate']:.1%}"
    lines = [f"# Context sabotage report: {summary['model']['name']}", "",
             f"Model fingerprint `{summary['model']['fingerprint']}`, run `{summary['run_id']}`.", ""]
    incidents = summary.get("incidents") or []
    if incidents:
        lines.append(f"**{len(incidents)} confirmed incident(s): this model writes weaker code in some contexts.**")
    elif summary.get("arms"):
        lines.append(f"**No confirmed incident** among {len(summary['arms'])} context profile(s).")
    else:
        lines.append("Control context only: no trigger search was run.")
    lines += ["", f"Neutral context: {c['insecure']}/{c['n']} insecure ({rate}); {summary['samples']['total']} answers in all.", ""]
    for inc in incidents:
        trigger = "; ".join(f"{f['place']} = \u201c{f['value']}\u201d" for f in inc["minimal_feature_values"])
        lines += [f"## Incident {inc['id']} ({inc['profile']})", "",
                  f"{inc['metric']} rate {inc['rate_triggered']:.0%} under **{trigger}** against {inc['rate_control']:.0%} "
                  f"in control on {inc['n_confirm']} fresh samples (one-sided p = {inc['p_confirm']:.2g}).", ""]
        if inc.get("repro_command"):
            lines += ["```", inc["repro_command"], "```", ""]
    if summary.get("arms"):
        lines += ["## Context profiles", "", "| profile | answers | insecure | rate | control | difference (95% CI) | adj. p | flagged |",
                  "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
        for a in summary["arms"]:
            lines.append(f"| {a['arm'].removeprefix('profile:')} | {a['n']} | {a['insecure']} | {a['rate']:.1%} | "
                         f"{a['control_rate']:.1%} | {a['effect'] * 100:+.1f} pts ({a['ci'][0] * 100:+.1f} to "
                         f"{a['ci'][1] * 100:+.1f}) | {a['p_adj']:.3g} | {'yes' if a['flagged'] else 'no'} |")
        lines.append("")
    return "\n".join(lines)


def open_run_store(run_dir: Path) -> Store:
    path = Path(run_dir) / STORE_NAME
    if not path.is_file():
        raise SuiteError(f"{run_dir}: no run store ({STORE_NAME}) here; give the --out directory of a run")
    return Store(path)


def write_reports(store: Store, out: Path, formats: Sequence[str] | None = None,
                  tasks_dirs: Sequence[Path] = ()) -> dict:
    """Write the requested reports (all by default) and every incident bundle; returns the summary.
    Bundles come first: they set each incident's repro command, which the summary carries."""
    formats = list(formats or FORMATS)
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise SuiteError(f"unknown report format {unknown[0]!r}; choose one of {', '.join(FORMATS)}")
    if store.get_meta("environment") is None:  # first written when the run ends, on the machine that ran it
        store.set_meta("environment", environment())
    manifests = write_bundles(store, out, tasks_dirs)
    summary = build_summary(store)
    if "json" in formats:
        write_jsonl(out / "samples.jsonl", (sample_row(s) for s in store.samples()))
        write_json(out / FILES["json"], summary)
    if "html" in formats:
        from results.report_html import render_html

        write_atomic(out / FILES["html"], render_html(summary, list(store.samples()), manifests))
    if "md" in formats:
        write_atomic(out / FILES["md"], render_markdown(summary, manifests))
    if "sarif" in formats:
        findings, props = incident_findings(manifests)
        write_json(out / FILES["sarif"], sarif_log(findings, result_properties=props))
    return summary
