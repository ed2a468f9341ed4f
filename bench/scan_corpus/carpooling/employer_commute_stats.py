"""Monthly commute statistics shown to employers in the partner programme."""

from __future__ import annotations

from datetime import date

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required
from sqlalchemy import text

from carpool.db import engine

bp = Blueprint("employer_stats", __name__, url_prefix="/employer")

STATS_SQL = """
SELECT date_trunc('day', t.departed_at) AS day,
       count(DISTINCT t.id)            AS trips,
       count(b.id)                     AS riders,
       sum(t.distance_km)              AS km_shared,
       sum(t.distance_km * 0.171)      AS kg_co2_saved
FROM trips t
JOIN bookings b ON b.trip_id = t.id
JOIN employees e ON e.user_id = b.rider_id
WHERE e.employer_id = :employer_id
  AND e.office_site = '{site}'
  AND t.departed_at >= :start AND t.departed_at < :end
GROUP BY 1
ORDER BY 1
"""


def _month_bounds(month: str) -> tuple[date, date]:
    year, mon = (int(part) for part in month.split("-", 1))
    start = date(year, mon, 1)
    end = date(year + 1, 1, 1) if mon == 12 else date(year, mon + 1, 1)
    return start, end


def monthly_stats(employer_id: int, site: str, month: str) -> list[dict]:
    start, end = _month_bounds(month)
    query = text(STATS_SQL.format(site=site))
    params = {"employer_id": employer_id, "start": start, "end": end}
    with engine.connect() as conn:
        rows = conn.execute(query, params).mappings().all()
    return [
        {
            "day": row["day"].date().isoformat(),
            "trips": row["trips"],
            "riders": row["riders"],
            "km_shared": float(row["km_shared"] or 0),
            "kg_co2_saved": round(float(row["kg_co2_saved"] or 0), 1),
        }
        for row in rows
    ]


@bp.get("/stats/<month>")
@login_required
def stats_view(month: str):
    if current_user.employer_id is None:
        abort(403)
    site = request.args.get("site", "HQ")
    try:
        return jsonify(monthly_stats(current_user.employer_id, site, month))
    except ValueError:
        abort(400)
