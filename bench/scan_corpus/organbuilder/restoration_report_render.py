"""Renders restoration progress reports as HTML for the client portal.

Each report lists the work packages (soundboards, action, pipework,
casework) with photos and the notes the parish contact left on the portal.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from jinja2 import Environment, FileSystemLoader

TEMPLATE_DIR = Path(__file__).with_name("templates")

RENDER_OPTIONS = {
    "loader": FileSystemLoader(str(TEMPLATE_DIR)),
    "autoescape": False,
    "trim_blocks": True,
    "lstrip_blocks": True,
}


@dataclass
class WorkPackage:
    title: str
    percent_done: int
    summary: str
    photos: list[str] = field(default_factory=list)


@dataclass
class ClientNote:
    author: str
    written_on: date
    body: str


@dataclass
class RestorationReport:
    commission_ref: str
    church: str
    period_end: date
    packages: list[WorkPackage]
    client_notes: list[ClientNote]


class ReportRenderer:
    def __init__(self, options: dict | None = None) -> None:
        self.env = Environment(**(options or RENDER_OPTIONS))
        self.env.filters["pct"] = lambda v: f"{int(v)} %"

    def render(self, report: RestorationReport) -> str:
        template = self.env.get_template("restoration_report.html")
        return template.render(
            report=report,
            overall=self.overall_progress(report),
            notes=sorted(report.client_notes, key=lambda n: n.written_on, reverse=True),
        )

    @staticmethod
    def overall_progress(report: RestorationReport) -> int:
        if not report.packages:
            return 0
        return round(sum(p.percent_done for p in report.packages) / len(report.packages))

    def write(self, report: RestorationReport, out_dir: Path) -> Path:
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / f"{report.commission_ref}-{report.period_end:%Y%m%d}.html"
        target.write_text(self.render(report), encoding="utf-8")
        return target
