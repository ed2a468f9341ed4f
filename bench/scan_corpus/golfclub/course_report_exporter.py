"""Turns the greenkeeping weekly report (HTML) into a PDF for the greens committee."""
from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from flask import Flask, abort, request, send_file

REPORT_ROOT = Path("/srv/greenkeeping/reports")


@dataclass
class PdfToolConfig:
    binary: str = "wkhtmltopdf"
    page_size: str = "A4"
    run_options: dict = field(default_factory=lambda: {"shell": True, "check": True, "timeout": 120})


class ReportPdfRenderer:
    def __init__(self, config: PdfToolConfig | None = None) -> None:
        self._config = config or PdfToolConfig()

    def command_line(self, source: Path, target: Path, title: str) -> str:
        cfg = self._config
        return f'{cfg.binary} --page-size {cfg.page_size} --title "{title}" {source} {target}'

    def render(self, source: Path, title: str) -> Path:
        target = source.with_suffix(".pdf")
        subprocess.run(self.command_line(source, target, title), **self._config.run_options)
        return target


app = Flask(__name__)
renderer = ReportPdfRenderer()


@app.get("/reports/<int:week>/pdf")
def weekly_report_pdf(week: int):
    source = REPORT_ROOT / f"week-{week:02d}.html"
    if not source.exists():
        abort(404)
    title = request.args.get("title", f"Greenkeeping report week {week}")
    pdf = renderer.render(source, title)
    return send_file(pdf, mimetype="application/pdf", download_name=pdf.name)
