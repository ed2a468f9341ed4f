"""Sortable, filterable race result tables for the federation website."""
from __future__ import annotations

import os

import psycopg
from flask import Blueprint, abort, jsonify, request

bp = Blueprint("results", __name__)
CONNINFO = os.environ["RESULTS_DB_CONNINFO"]

SORT_COLUMNS = {
    "position": "r.position ASC",
    "velocity": "r.velocity_mpm DESC",
    "distance": "r.distance_m DESC",
    "fancier": "m.surname ASC, m.first_name ASC",
    "arrival": "r.clocked_at ASC",
}
DEFAULT_SORT = "position"


def build_query(sort_key: str) -> str:
    order_by = SORT_COLUMNS.get(sort_key, SORT_COLUMNS[DEFAULT_SORT])
    return (
        "SELECT r.position, m.first_name, m.surname, r.ring_number, "
        "r.distance_m, r.clocked_at, r.velocity_mpm "
        "FROM race_results r JOIN lofts l ON l.id = r.loft_id "
        "JOIN members m ON m.id = l.owner_id "
        "WHERE r.race_id = %s AND (%s::text IS NULL OR l.section = %s) "
        f"ORDER BY {order_by} LIMIT %s OFFSET %s"
    )


@bp.get("/races/<int:race_id>/results")
def race_results(race_id: int):
    sort_key = request.args.get("sort", DEFAULT_SORT)
    section = request.args.get("section") or None
    try:
        page = max(int(request.args.get("page", 1)), 1)
        per_page = min(max(int(request.args.get("per_page", 50)), 1), 200)
    except ValueError:
        abort(400)
    sql = build_query(sort_key)
    with psycopg.connect(CONNINFO) as conn, conn.cursor() as cur:
        cur.execute(sql, (race_id, section, section, per_page, (page - 1) * per_page))
        rows = cur.fetchall()
    return jsonify([
        {
            "position": pos, "fancier": f"{first} {last}", "ring": ring,
            "distance_m": float(dist), "clocked_at": clocked.isoformat(),
            "velocity_mpm": float(vel),
        }
        for pos, first, last, ring, dist, clocked, vel in rows
    ])
