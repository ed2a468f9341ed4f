"""Serve condition report PDFs written by the paper conservator.

Reports live under <root>/<year>/<stock ref>.pdf and are linked from the
item pages so prospective buyers can read them before bidding.
"""
import os
from pathlib import Path

from flask import Flask, abort, send_file

app = Flask(__name__)

REPORT_ROOT = Path(os.environ.get("CONDITION_REPORT_ROOT", "/srv/mapseller/condition")).resolve()


def report_path(relative: str) -> Path:
    candidate = (REPORT_ROOT / relative).resolve()
    if not candidate.is_relative_to(REPORT_ROOT):
        abort(404)
    if candidate.suffix.lower() != ".pdf" or not candidate.is_file():
        abort(404)
    return candidate


@app.get("/condition/<path:relative>")
def condition_report(relative: str):
    path = report_path(relative)
    return send_file(path, mimetype="application/pdf", download_name=path.name)


@app.get("/condition/index/<int:year>")
def reports_for_year(year: int):
    folder = REPORT_ROOT / str(year)
    if not folder.is_dir():
        abort(404)
    return {
        "year": year,
        "reports": sorted(p.relative_to(REPORT_ROOT).as_posix() for p in folder.glob("*.pdf")),
    }
