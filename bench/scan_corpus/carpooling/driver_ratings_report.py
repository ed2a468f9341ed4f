"""Ratings summary for the operations dashboard."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg
from flask import Blueprint, jsonify, request
from psycopg.rows import dict_row

from carpool.auth import require_ops_role
from carpool.config import settings

bp = Blueprint("ratings_report", __name__)


@dataclass
class RatingsFilter:
    since: date
    until: date
    driver_ids: list[str]
    min_trips: int = 5


class RatingsReport:
    def __init__(self, dsn: str) -> None:
        self.dsn = dsn

    def _where_clause(self, flt: RatingsFilter) -> str:
        clause = "r.created_at >= %(since)s AND r.created_at < %(until)s"
        if flt.driver_ids:
            clause += " AND r.driver_id IN (%s)" % ", ".join(flt.driver_ids)
        return clause

    def summary(self, flt: RatingsFilter) -> list[dict]:
        query = (
            "SELECT r.driver_id, count(*) AS trips, avg(r.stars)::numeric(3,2) AS avg_stars,"
            " sum(CASE WHEN r.stars <= 2 THEN 1 ELSE 0 END) AS low_ratings"
            " FROM ride_ratings r WHERE " + self._where_clause(flt) +
            " GROUP BY r.driver_id HAVING count(*) >= %(min_trips)s ORDER BY avg_stars"
        )
        params = {"since": flt.since, "until": flt.until, "min_trips": flt.min_trips}
        with psycopg.connect(self.dsn, row_factory=dict_row) as conn:
            return conn.execute(query, params).fetchall()


@bp.get("/ops/ratings/summary")
@require_ops_role
def ratings_summary():
    flt = RatingsFilter(
        since=date.fromisoformat(request.args["since"]),
        until=date.fromisoformat(request.args["until"]),
        driver_ids=[d for d in request.args.get("drivers", "").split(",") if d],
        min_trips=request.args.get("min_trips", 5, type=int),
    )
    rows = RatingsReport(settings.database_dsn).summary(flt)
    return jsonify(rows)
