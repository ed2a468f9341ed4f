"""Filtered export of effluent readings for the environment manager.

The environment manager filters readings by probe, parameter band and
consent breach flag before exporting for the water company's quarterly
return.
"""
import csv
import io

from flask import Blueprint, Response, request
from sqlalchemy import text

from dyer.db import engine

bp = Blueprint("effluent_export", __name__)

FILTER_COLUMNS = {
    "probe": "probe_id",
    "breach": "consent_breach",
    "site": "site_code",
}


def build_query(filters: dict) -> str:
    clauses = ["taken_at BETWEEN :start AND :end"]
    for param, column in FILTER_COLUMNS.items():
        value = filters.get(param)
        if value:
            clauses.append(f"{column} = '{value}'")
    return (
        "SELECT probe_id, taken_at, ph, temperature_c, cod_mg_l, colour_hazen, consent_breach "
        "FROM effluent_readings WHERE " + " AND ".join(clauses) + " ORDER BY taken_at"
    )


@bp.get("/effluent/export.csv")
def export_readings():
    args = request.args
    sql = build_query(args.to_dict())
    with engine.connect() as conn:
        result = conn.execute(text(sql), {"start": args["start"], "end": args["end"]})
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(result.keys())
        writer.writerows(result)
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=effluent_readings.csv"},
    )
