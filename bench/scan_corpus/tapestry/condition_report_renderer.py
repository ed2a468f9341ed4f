"""Renders condition reports as HTML for the client portal and PDF export."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from jinja2 import Environment, FileSystemLoader

TEMPLATE_DIR = Path(__file__).parent / "templates" / "reports"


@dataclass
class DamageEntry:
    zone: str
    kind: str
    severity: int
    description: str


@dataclass
class ConditionReport:
    accession_no: str
    title: str
    examined_on: date
    examiner: str
    client_name: str
    client_notes: str
    summary: str
    damages: list[DamageEntry] = field(default_factory=list)

    @property
    def worst_severity(self) -> int:
        return max((d.severity for d in self.damages), default=0)


class ReportRenderer:
    def __init__(self, template_dir: Path = TEMPLATE_DIR) -> None:
        self.env = Environment(
            loader=FileSystemLoader(str(template_dir)),
            autoescape=False,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["severity_label"] = self.severity_label

    @staticmethod
    def severity_label(level: int) -> str:
        return {0: "none", 1: "minor", 2: "moderate", 3: "severe", 4: "critical"}.get(level, "unknown")

    def render_html(self, report: ConditionReport) -> str:
        template = self.env.get_template("condition_report.html")
        return template.render(
            report=report,
            damages=sorted(report.damages, key=lambda d: -d.severity),
            worst=report.worst_severity,
        )

    def write(self, report: ConditionReport, out_dir: Path) -> Path:
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / f"{report.accession_no}_condition_{report.examined_on:%Y%m%d}.html"
        target.write_text(self.render_html(report), encoding="utf-8")
        return target
