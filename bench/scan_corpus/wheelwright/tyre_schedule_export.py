"""Printable export of the tyre-setting schedule for a given week.

The office prints the week's tyre-setting plan for the shop wall. Exports are
cached on disk by ISO week, so reprinting does not re-render the PDF.
"""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

bp = Blueprint("tyre_export", __name__)


def _export_root() -> Path:
    root = Path(current_app.config["EXPORT_ROOT"]) / "tyre-schedules"
    root.mkdir(parents=True, exist_ok=True)
    return root


def _render(path: Path, monday: date, sessions) -> None:
    pdf = canvas.Canvas(str(path), pagesize=landscape(A4))
    pdf.setFont("Helvetica-Bold", 18)
    pdf.drawString(40, 550, f"Tyre setting - week of {monday:%d %B %Y}")
    pdf.setFont("Helvetica", 12)
    y = 510
    for s in sessions:
        pdf.drawString(40, y, f"{s.starts_at:%a %H:%M}  job {s.job_number}  "
                              f"{s.wheel_description}  ({s.tyre_count} tyres)")
        y -= 22
    pdf.showPage()
    pdf.save()


@bp.get("/schedule/tyre-setting/<int:year>/<int:week>.pdf")
def weekly_pdf(year: int, week: int):
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        abort(404)
    target = _export_root() / f"tyre-setting-{monday.isoformat()}.pdf"
    if not target.exists():
        sessions = current_app.extensions["schedule_repo"].tyre_sessions_between(
            monday, monday + timedelta(days=7)
        )
        _render(target, monday, sessions)
    return send_file(target, mimetype="application/pdf",
                     download_name=f"tyre-setting-{year}-W{week:02d}.pdf")
