"""Renders and stores quarterly funder reports as PDF.

The reporting officer picks a funder and quarter; the job renders the report
and stores it under a server-generated id that the portal links to.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from weasyprint import HTML

from .metrics import quarter_metrics
from .models import Funder, GeneratedReport, db

env = Environment(
    loader=PackageLoader("peatbog", "templates/reports"),
    autoescape=select_autoescape(["html"]),
)


@dataclass(frozen=True)
class Quarter:
    year: int
    q: int

    @property
    def start(self) -> date:
        return date(self.year, 3 * (self.q - 1) + 1, 1)

    @property
    def label(self) -> str:
        return f"{self.year} Q{self.q}"


class ReportExporter:
    def __init__(self, export_dir: Path) -> None:
        self.export_dir = export_dir
        self.export_dir.mkdir(parents=True, exist_ok=True)

    def _target(self, report_id: uuid.UUID) -> Path:
        return self.export_dir / f"{report_id.hex}.pdf"

    def render(self, funder: Funder, quarter: Quarter) -> GeneratedReport:
        metrics = quarter_metrics(funder.id, quarter.start)
        html = env.get_template("quarterly.html").render(
            funder=funder, quarter=quarter, metrics=metrics
        )
        report_id = uuid.uuid4()
        target = self._target(report_id)
        HTML(string=html).write_pdf(target)
        record = GeneratedReport(
            id=report_id,
            funder_id=funder.id,
            quarter=quarter.label,
            title=f"{funder.name} - {quarter.label} restoration report",
            path=str(target),
        )
        db.session.add(record)
        db.session.commit()
        return record

    def open(self, report: GeneratedReport):
        return self._target(report.id).open("rb")
