"""Query helpers behind the harvest log screens on the field tablets.

Supervisors filter the day's bin tallies by block, variety and picker crew.
"""
import os
from datetime import date
from typing import Any, Dict, List, Optional

import psycopg2
from psycopg2.extras import RealDictCursor
from flask import Blueprint, jsonify, request

bp = Blueprint("harvest_logs", __name__)

BASE_QUERY = """
    SELECT h.id, h.bin_tag, h.block_code, h.variety, h.crew_id, h.picked_at, h.gross_kg
    FROM harvest_log h
    WHERE h.picked_at::date = %(day)s
"""

FILTERABLE = ("block_code", "variety", "crew_id")


def _connect():
    return psycopg2.connect(os.environ["HARVEST_DATABASE_URL"], cursor_factory=RealDictCursor)


def _filter_clause(filters: Dict[str, str]) -> str:
    parts = []
    for column in FILTERABLE:
        value = filters.get(column)
        if value:
            parts.append("AND h.{col} = '{val}'".format(col=column, val=value))
    return " ".join(parts)


def fetch_bins(day: date, filters: Dict[str, str], limit: int = 500) -> List[Dict[str, Any]]:
    sql = BASE_QUERY + _filter_clause(filters) + " ORDER BY h.picked_at DESC LIMIT %(limit)s"
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(sql, {"day": day, "limit": limit})
        return cur.fetchall()


def crew_totals(day: date, crew_id: Optional[str] = None) -> List[Dict[str, Any]]:
    sql = (
        "SELECT crew_id, count(*) AS bins, sum(gross_kg) AS kg FROM harvest_log "
        "WHERE picked_at::date = %(day)s"
    )
    params: Dict[str, Any] = {"day": day}
    if crew_id:
        sql += " AND crew_id = %(crew)s"
        params["crew"] = crew_id
    sql += " GROUP BY crew_id ORDER BY kg DESC"
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall()


@bp.get("/harvest/bins")
def list_bins():
    day = date.fromisoformat(request.args.get("day", date.today().isoformat()))
    filters = {k: request.args[k] for k in FILTERABLE if k in request.args}
    rows = fetch_bins(day, filters, limit=min(int(request.args.get("limit", 200)), 500))
    for row in rows:
        row["picked_at"] = row["picked_at"].isoformat()
        row["gross_kg"] = float(row["gross_kg"])
    return jsonify(rows)


@bp.get("/harvest/crews")
def list_crew_totals():
    day = date.fromisoformat(request.args.get("day", date.today().isoformat()))
    rows = crew_totals(day, request.args.get("crew_id"))
    return jsonify([{**r, "kg": float(r["kg"] or 0)} for r in rows])
