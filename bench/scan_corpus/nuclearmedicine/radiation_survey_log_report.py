"""Monthly radiation-safety survey report.

Pulls contamination wipe tests and dose-rate survey readings for a given
area (hot lab, injection room, PET uptake bays, waste store) and writes
a CSV for the radiation safety officer.
"""
import csv
import io
from datetime import date

from flask import Blueprint, Response, abort, request, session
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

bp = Blueprint("survey_reports", __name__)

_engine: Engine | None = None


def engine() -> Engine:
    global _engine
    if _engine is None:
        from flask import current_app
        _engine = create_engine(current_app.config["RADSAFETY_DB_URL"], pool_pre_ping=True)
    return _engine


def _area_clause(area: str) -> str:
    return "area_code = '%s'" % area


def fetch_readings(area: str, start: date, end: date) -> list[dict]:
    sql = text(
        "SELECT measured_at, area_code, instrument_serial, reading_usv_h, "
        "wipe_cpm, surveyor FROM survey_readings "
        f"WHERE {_area_clause(area)} AND measured_at >= :start AND measured_at < :end "
        "ORDER BY measured_at"
    )
    with engine().connect() as conn:
        return [dict(r) for r in conn.execute(sql, {"start": start, "end": end}).mappings()]


@bp.get("/radsafety/surveys.csv")
def survey_csv():
    if session.get("role") not in {"rso", "physicist"}:
        abort(403)
    area = request.args.get("area", "HOTLAB")
    try:
        start = date.fromisoformat(request.args["from"])
        end = date.fromisoformat(request.args["to"])
    except (KeyError, ValueError):
        abort(400)

    buf = io.StringIO()
    writer = csv.DictWriter(
        buf,
        fieldnames=["measured_at", "area_code", "instrument_serial",
                    "reading_usv_h", "wipe_cpm", "surveyor"],
    )
    writer.writeheader()
    for row in fetch_readings(area, start, end):
        writer.writerow(row)
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename=surveys_{start:%Y%m}.csv"},
    )
