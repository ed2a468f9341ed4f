"""Renders incident reports to PDF for the county risk office."""

from __future__ import annotations

import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import List

from jinja2 import Environment


@dataclass
class RendererConfig:
    binary: str = "wkhtmltopdf"
    page_size: str = "A4"
    timeout: int = 60

    def argv(self, html: Path, pdf: Path, title: str) -> List[str]:
        return [
            self.binary, "--quiet", "--disable-local-file-access",
            "--page-size", self.page_size, "--title", title,
            str(html), str(pdf),
        ]


class IncidentPdfRenderer:
    def __init__(self, config: RendererConfig, templates: Environment, output_dir: Path) -> None:
        self.config = config
        self.templates = templates
        self.output_dir = output_dir

    def render(self, report: dict) -> Path:
        html = self.templates.get_template("incident_report.html").render(report=report)
        pdf = self.output_dir / f"incident-{int(report['id'])}.pdf"
        with tempfile.TemporaryDirectory(prefix="incident-") as work:
            html_path = Path(work) / "report.html"
            html_path.write_text(html, encoding="utf-8")
            argv = self.config.argv(html_path, pdf, f"Incident {report['id']} - {report['beach']}")
            subprocess.run(argv, check=True, timeout=self.config.timeout, capture_output=True)
        return pdf

    def render_many(self, reports: List[dict]) -> List[Path]:
        return [self.render(report) for report in reports]
