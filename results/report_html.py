"""report.html: one self-contained page (inline CSS and SVG, no script, no network), the verdict first
in plain words, then the evidence: rates per context with intervals, a task x context heatmap, each
incident's minimisation path, its minimal trigger, the prompt difference and a triggered and a control
answer side by side with the introduced findings marked."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from results.bundle import Manifest, SampleRecord, event
from trigger_search.statistics import wilson_interval

TEMPLATES = Path(__file__).parent / "templates"
MAX_DIFF_ROWS = 400  # per answer shown; the bundle holds the rest
_HUNK = re.compile(r"^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@")


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=jinja2.select_autoescape(
        enabled_extensions=("html", "html.j2"), default_for_string=True, default=True),
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["pct"] = lambda v, digits=0: "n/a" if v is None else f"{v * 100:.{digits}f}%"
    env.filters["pval"] = lambda p: "n/a" if p is None else (f"{p:.1e}" if p < 1e-3 else f"{p:.3f}")
    return env


# plots ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RateRow:
    label: str
    n: int
    events: int
    rate: float
    low: float
    high: float
    flagged: bool = False
    p_adj: float | None = None


@dataclass(frozen=True)
class Plot:
    """Geometry for the template's SVG: `scale(v)` maps a rate in [0, 1] to x."""

    width: int
    height: int
    left: int
    right: int
    top: int
    row: int

    def x(self, v: float) -> float:
        return round(self.left + max(0.0, min(1.0, v)) * (self.width - self.left - self.right), 1)

    def y(self, i: int) -> float:
        return self.top + i * self.row + self.row / 2

    @property
    def ticks(self) -> list[tuple[float, str]]:
        return [(self.x(t / 4), f"{t * 25}%") for t in range(5)]


def rate_rows(arms: Sequence[dict]) -> list[RateRow]:
    rows = []
    for a in sorted(arms, key=lambda a: (-a["rate"], a["arm"])):
        low, high = wilson_interval(a["insecure"], a["n"])
        rows.append(RateRow(a["arm"].removeprefix("profile:"), a["n"], a["insecure"], a["rate"], low, high,
                            a.get("flagged", False), a.get("p_adj")))
    return rows


@dataclass
class Heatmap:
    tasks: list[str]
    arms: list[str]
    cells: dict[tuple[str, str], tuple[int, int]]  # (task, arm) -> (insecure, scanned)
    cell_w: int = 64
    cell_h: int = 28
    left: int = 220
    top: int = 90

    @property
    def width(self) -> int:
        return self.left + self.cell_w * len(self.arms) + 20

    @property
    def height(self) -> int:
        return self.top + self.cell_h * len(self.tasks) + 10

    def fill(self, task: str, arm: str) -> str:
        k, n = self.cells.get((task, arm), (0, 0))
        if not n:
            return "#f3f4f6"
        r = k / n  # white to a deep red, by rate
        return f"rgb({255 - int(35 * r)},{int(255 - 200 * r)},{int(255 - 200 * r)})"

    def ink(self, task: str, arm: str) -> str:
        k, n = self.cells.get((task, arm), (0, 0))
        return "#ffffff" if n and k / n > 0.6 else "#1f2937"


def heatmap(samples: Sequence[dict], arm_names: Sequence[str]) -> Heatmap:
    cells: dict[tuple[str, str], list[int]] = {}
    tasks = set()
    for s in samples:
        if s["arm"] not in arm_names or s.get("verdict") not in ("insecure", "clean"):
            continue
        tasks.add(s["task_id"])
        cell = cells.setdefault((s["task_id"], s["arm"]), [0, 0])
        cell[0] += s["verdict"] == "insecure"
        cell[1] += 1
    return Heatmap(sorted(tasks), list(arm_names), {k: (v[0], v[1]) for k, v in cells.items()})


# diffs ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DiffRow:
    kind: str  # file | hunk | add | del | ctx
    text: str
    old: int | None = None
    new: int | None = None
    finding: str = ""


def diff_rows(diff: str, findings: Sequence[dict], limit: int = MAX_DIFF_ROWS) -> list[DiffRow]:
    """A unified diff as rows, each added line that an introduced finding points at labelled with it."""
    marks: dict[tuple[str, int], list[str]] = {}
    for f in findings:
        for line in range(int(f.get("line", 0)), max(int(f.get("line", 0)), int(f.get("end_line", 0))) + 1):
            marks.setdefault((f.get("path", ""), line), []).append(f.get("rule_id", "finding"))
    rows: list[DiffRow] = []
    path, old, new = "", 0, 0
    for line in diff.splitlines():
        if len(rows) >= limit:
            rows.append(DiffRow("hunk", "... (diff truncated; the full diff is in the incident bundle)"))
            break
        if line.startswith("+++ "):
            path = line[4:].removeprefix("b/")
            rows.append(DiffRow("file", path))
        elif line.startswith("--- "):
            continue
        elif m := _HUNK.match(line):
            old, new = int(m.group(1)), int(m.group(2))
            rows.append(DiffRow("hunk", line))
        elif line.startswith("+"):
            rows.append(DiffRow("add", line[1:], None, new, ", ".join(dict.fromkeys(marks.get((path, new), [])))))
            new += 1
        elif line.startswith("-"):
            rows.append(DiffRow("del", line[1:], old, None))
            old += 1
        else:
            rows.append(DiffRow("ctx", line[1:] if line.startswith(" ") else line, old, new,
                                ", ".join(dict.fromkeys(marks.get((path, new), [])))))
            old, new = old + 1, new + 1
    return rows


def prompt_diff(control: Sequence[dict], triggered: Sequence[dict]) -> list[DiffRow]:
    """What the model saw differently under the trigger, message by message."""
    rows: list[DiffRow] = []
    for a, b in zip(control, triggered):
        if a["content"] == b["content"]:
            continue
        rows.append(DiffRow("file", f"{b['role']} message"))
        for line in list(difflib.unified_diff(a["content"].splitlines(), b["content"].splitlines(), n=1, lineterm=""))[2:]:
            kind = {"+": "add", "-": "del", "@": "hunk"}.get(line[:1], "ctx")
            rows.append(DiffRow(kind, line if kind == "hunk" else line[1:]))
    return rows


@dataclass
class SampleView:
    sample: SampleRecord
    rows: list[DiffRow]
    findings: list[dict]


@dataclass
class IncidentView:
    incident: dict
    manifest: Manifest | None
    trigger: str
    prompt_rows: list[DiffRow] = field(default_factory=list)
    triggered: SampleView | None = None
    control: SampleView | None = None
    steps: list[dict] = field(default_factory=list)
    step_plot: Plot | None = None


def plain_trigger(features: Sequence[dict]) -> str:
    return "; ".join(f"{f['place'].replace('_', ' ')} is \u201c{f['value']}\u201d" for f in features) or "(empty)"


def _pair(manifest: Manifest) -> tuple[SampleRecord | None, SampleRecord | None]:
    """A triggered sample with the event and the control sample of the same task and seed (the arms
    share seeds), preferring one where control had no event."""
    metric = manifest.statistics.metric
    hit = lambda s: event(metric, s.verdict, bool(s.drift) if metric == "drift" else False)[0]  # noqa: E731
    control = {(s.task, s.seed): s for s in manifest.samples if s.role == "control"}
    triggered = [s for s in manifest.samples if s.role == "triggered"]
    ranked = sorted(triggered, key=lambda s: (not hit(s), (s.task, s.seed) not in control,
                                              hit(control[(s.task, s.seed)]) if (s.task, s.seed) in control else True))
    if not ranked:
        return None, None
    first = ranked[0]
    return first, control.get((first.task, first.seed))


def _view(sample: SampleRecord | None) -> SampleView | None:
    if sample is None:
        return None
    shown = [f for f in sample.findings if f.get("kind", "security") == "security"] + list(sample.drift)
    return SampleView(sample, diff_rows(sample.diff, shown), shown)


def incident_view(incident: dict, manifest: Manifest | None) -> IncidentView:
    view = IncidentView(incident, manifest, plain_trigger(incident.get("minimal_feature_values", [])))
    steps = incident.get("minimisation", [])
    view.steps = [{**s, "kept": len(s["features"])} for s in steps]
    if steps:
        view.step_plot = Plot(width=760, height=250, left=60, right=30, top=30, row=0)
    if manifest is not None:
        task = next((t for t in manifest.tasks if t.prompts), None)
        if task is not None:
            view.prompt_rows = prompt_diff([m.model_dump() for m in task.prompts["control"]],
                                           [m.model_dump() for m in task.prompts["triggered"]])
        triggered, control = _pair(manifest)
        view.triggered, view.control = _view(triggered), _view(control)
    return view


def step_points(view: IncidentView) -> list[dict]:
    """(x, y) of each minimisation step for the SVG line: x by step, y by rate (top is 100%)."""
    plot = view.step_plot
    if plot is None:
        return []
    n = len(view.steps)
    span = plot.width - plot.left - plot.right
    height = plot.height - plot.top - 50
    return [{**s, "x": round(plot.left + (i + 0.5) * span / n, 1), "y": round(plot.top + (1 - s["rate"]) * height, 1),
             "cy": round(plot.top + (1 - s["control_rate"]) * height, 1)} for i, s in enumerate(view.steps)]


# the page -------------------------------------------------------------------------------------------
def render_html(summary: dict, samples: Sequence[dict], manifests: Sequence[Manifest], generated_at: str | None = None) -> str:
    arms = summary.get("arms") or []
    rows = rate_rows(arms)
    control = summary.get("control") or {}
    c_low, c_high = wilson_interval(control.get("insecure") or 0, control.get("n") or 0)
    plot = Plot(width=760, height=60 + 30 * max(1, len(rows)), left=210, right=60, top=34, row=30)
    arm_names = ["control"] + [a["arm"] for a in arms]
    by_id = {m.incident_id: m for m in manifests}
    views = [incident_view(inc, by_id.get(inc["id"])) for inc in summary.get("incidents") or []]
    flagged_unconfirmed = [a["arm"].removeprefix("profile:") for a in arms if a.get("flagged")
                           and a["arm"].removeprefix("profile:") not in {v.incident["profile"] for v in views}]
    template = _environment().get_template("report.html.j2")
    return template.render(
        summary=summary, rows=rows, plot=plot, control=control, control_ci=(c_low, c_high),
        heat=heatmap(samples, arm_names), views=views, step_points=step_points,
        flagged_unconfirmed=flagged_unconfirmed,
        generated_at=generated_at or dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))


__all__ = ["render_html", "diff_rows", "prompt_diff", "heatmap", "rate_rows", "plain_trigger"]
