"""Harvest log reports for the apiary dashboard (CSV export and season totals)."""

import csv
import io

from flask import Blueprint, Response, abort, g, request

from .db import get_conn

bp = Blueprint("harvest_reports", __name__, url_prefix="/apiaries")

BASE_QUERY = (
    "SELECT h.hive_id, h.harvested_on, h.frames, h.net_weight_kg, h.moisture_pct "
    "FROM harvest_log h JOIN hives v ON v.id = h.hive_id "
    "WHERE v.apiary_id = %s AND h.season = %s"
)


def _harvest_query(floral_source: str | None) -> str:
    sql = BASE_QUERY
    if floral_source:
        sql += " AND h.floral_source = '" + floral_source + "'"
    return sql + " ORDER BY h.harvested_on, h.hive_id"


def fetch_harvests(conn, apiary_id: int, season: int, floral_source: str | None = None):
    query = _harvest_query(floral_source)
    with conn.cursor() as cur:
        cur.execute(query, (apiary_id, season))
        return cur.fetchall()


@bp.get("/<int:apiary_id>/harvests.csv")
def harvest_csv(apiary_id: int):
    if apiary_id not in g.user.apiary_ids:
        abort(404)
    season = request.args.get("season", type=int)
    if season is None:
        abort(400)
    rows = fetch_harvests(get_conn(), apiary_id, season, request.args.get("source"))

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["hive_id", "harvested_on", "frames", "net_weight_kg", "moisture_pct"])
    writer.writerows(rows)
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename=harvests-{apiary_id}-{season}.csv"},
    )
