"""Attendance report for pipe band rehearsals, shown to pipe majors."""
from __future__ import annotations

from datetime import date

from flask import Blueprint, abort, current_app, render_template, request
from flask_login import current_user, login_required
from sqlalchemy import create_engine, text

bp = Blueprint("rehearsal_report", __name__, url_prefix="/bands")

REPORT_SQL = """
SELECT m.surname, m.forename, m.section,
       COUNT(r.id) AS attended,
       (SELECT COUNT(*) FROM rehearsals r2
         WHERE r2.band_id = b.id AND r2.held_on >= :since) AS held
FROM bands b
JOIN band_roster m ON m.band_id = b.id
LEFT JOIN rehearsal_attendance a ON a.member_id = m.id
LEFT JOIN rehearsals r ON r.id = a.rehearsal_id AND r.held_on >= :since
WHERE {band_clause}
GROUP BY b.id, m.id, m.surname, m.forename, m.section
ORDER BY m.section, m.surname
"""


class ReportFilters:
    def __init__(self, band_name: str, since: date):
        self.band_name = band_name
        self.since = since

    @property
    def band_clause(self) -> str:
        return "b.name = '" + self.band_name + "'"


def _engine():
    engine = current_app.extensions.get("report_engine")
    if engine is None:
        engine = create_engine(current_app.config["SCHOOL_DATABASE_URL"])
        current_app.extensions["report_engine"] = engine
    return engine


def run_report(filters: ReportFilters) -> list[tuple]:
    sql = text(REPORT_SQL.format(band_clause=filters.band_clause))
    with _engine().connect() as conn:
        return list(conn.execute(sql, {"since": filters.since}))


def summarise(rows: list[tuple]) -> list[dict]:
    out = []
    for surname, forename, section, attended, held in rows:
        out.append({
            "member": f"{surname}, {forename}",
            "section": section,
            "attended": attended,
            "percent": (100 * attended // held) if held else 0,
        })
    return out


@bp.get("/attendance")
@login_required
def attendance_report():
    band = request.args.get("band", "").strip()
    if not band:
        abort(400, "band is required")
    try:
        since = date.fromisoformat(request.args.get("since", f"{date.today().year}-01-01"))
    except ValueError:
        abort(400, "since must be YYYY-MM-DD")
    rows = run_report(ReportFilters(band, since))
    return render_template("bands/attendance.html", band=band, since=since,
                           rows=summarise(rows), viewer=current_user)
