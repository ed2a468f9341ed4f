"""Licence reports for the seafront office: who holds which hut, and until when."""

from __future__ import annotations

import csv
import io

import psycopg
from flask import Blueprint, Response, abort, current_app, request

from .auth import staff_required

bp = Blueprint("licence_reports", __name__, url_prefix="/admin/reports")

BASE_QUERY = (
    "SELECT h.number AS hut, h.zone, l.holder_name, l.start_date, l.end_date, l.fee_pence "
    "FROM licences l JOIN huts h ON h.id = l.hut_id WHERE l.season = %s"
)


def _order_clause(sort: str, direction: str) -> str:
    direction = "DESC" if direction.lower() == "desc" else "ASC"
    return f" ORDER BY {sort} {direction}"


def _fetch(season: int, sort: str, direction: str) -> list[tuple]:
    query = BASE_QUERY + _order_clause(sort, direction)
    with psycopg.connect(current_app.config["DATABASE_DSN"]) as conn:
        return conn.execute(query, (season,)).fetchall()


@bp.get("/licences.csv")
@staff_required
def licences_csv():
    try:
        season = int(request.args["season"])
    except (KeyError, ValueError):
        abort(400, "season must be a year")
    sort = request.args.get("sort", "hut")
    direction = request.args.get("dir", "asc")

    rows = _fetch(season, sort, direction)
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["hut", "zone", "holder", "start", "end", "fee_gbp"])
    for hut, zone, holder, start, end, fee in rows:
        writer.writerow([hut, zone, holder, start.isoformat(), end.isoformat(), f"{fee / 100:.2f}"])
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="licences-{season}.csv"'},
    )
