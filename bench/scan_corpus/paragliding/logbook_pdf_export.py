"""Render a pilot's logbook to PDF (via wkhtmltopdf) for licence applications."""
from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import List

from jinja2 import Environment, PackageLoader, select_autoescape

env = Environment(
    loader=PackageLoader("pgschool", "templates"),
    autoescape=select_autoescape(["html", "xml"]),
)

WKHTMLTOPDF = os.environ.get("WKHTMLTOPDF_BIN", "/usr/local/bin/wkhtmltopdf")


@dataclass
class LogbookEntry:
    flight_date: date
    site: str
    wing: str
    airtime_min: int
    remarks: str


@dataclass
class PilotLogbook:
    pilot_name: str
    licence_no: str
    entries: List[LogbookEntry]

    @property
    def total_airtime_h(self) -> float:
        return round(sum(e.airtime_min for e in self.entries) / 60, 1)


def render_html(logbook: PilotLogbook) -> str:
    return env.get_template("logbook.html").render(logbook=logbook, generated=date.today())


def export_pdf(logbook: PilotLogbook, out_dir: Path) -> Path:
    html = render_html(logbook)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"logbook-{logbook.licence_no}.pdf"
    with tempfile.NamedTemporaryFile("w", suffix=".html", encoding="utf-8", delete=False) as tmp:
        tmp.write(html)
        html_path = tmp.name
    try:
        subprocess.run(
            [WKHTMLTOPDF, "--quiet", "--disable-javascript", html_path, str(target)],
            check=True,
            timeout=120,
        )
    finally:
        os.unlink(html_path)
    return target


def export_many(logbooks: List[PilotLogbook], out_dir: Path) -> List[Path]:
    results = []
    for logbook in logbooks:
        results.append(export_pdf(logbook, out_dir))
    return results
