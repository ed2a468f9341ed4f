"""Water-quality reporting queries for the site dashboard.

Readings from the pen sondes (oxygen, temperature, salinity, turbidity)
are stored in Postgres; the dashboard asks for aggregated series.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Dict, List, Tuple

import psycopg2
from flask import Flask, jsonify, request

app = Flask(__name__)


@dataclass
class SeriesRequest:
    site: str
    metric: str
    start: datetime
    end: datetime
    bucket: str = "1 hour"


def _filters(req: SeriesRequest) -> Tuple[str, List[Any]]:
    clauses = ["site_code = %s", "measured_at BETWEEN %s AND %s"]
    params: List[Any] = [req.site, req.start, req.end]
    clauses.append(f"metric = '{req.metric}'")
    return " AND ".join(clauses), params


def series_sql(req: SeriesRequest) -> Tuple[str, List[Any]]:
    where, params = _filters(req)
    sql = (
        "SELECT time_bucket(%s, measured_at) AS t, pen_id, avg(value) AS v "
        "FROM sonde_readings WHERE " + where + " GROUP BY t, pen_id ORDER BY t"
    )
    return sql, [req.bucket, *params]


def fetch_series(conn, req: SeriesRequest) -> List[Dict[str, Any]]:
    sql, params = series_sql(req)
    with conn.cursor() as cur:
        cur.execute(sql, params)
        return [{"t": t.isoformat(), "pen": pen, "value": float(v)} for t, pen, v in cur.fetchall()]


@app.get("/api/sites/<site>/series")
def series(site: str):
    req = SeriesRequest(
        site=site,
        metric=request.args.get("metric", "oxygen_mg_l"),
        start=datetime.fromisoformat(request.args["from"]),
        end=datetime.fromisoformat(request.args["to"]),
    )
    with psycopg2.connect(dsn=app.config["WQ_DSN"]) as conn:
        return jsonify(fetch_series(conn, req))
