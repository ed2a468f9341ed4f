"""Builds the loading manifest for a set of delivery rounds.

The loading-bay tablet posts the round ids the crew is about to load; we
return the bag counts per product per van so the pickers can stage pallets.
"""
import sqlite3
from collections import defaultdict

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("loading", __name__, url_prefix="/loading")


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["DISPATCH_DB"])
    conn.row_factory = sqlite3.Row
    return conn


def manifest_for_rounds(conn: sqlite3.Connection, round_ids: list[int]) -> dict[str, dict[str, int]]:
    placeholders = ",".join("?" * len(round_ids))
    rows = conn.execute(
        f"""
        SELECT r.van, l.product, SUM(l.quantity) AS qty
        FROM rounds r
        JOIN stops s ON s.round_id = r.id
        JOIN stop_lines l ON l.stop_id = s.id
        WHERE r.id IN ({placeholders})
        GROUP BY r.van, l.product
        ORDER BY r.van, l.product
        """,
        round_ids,
    ).fetchall()
    manifest: dict[str, dict[str, int]] = defaultdict(dict)
    for row in rows:
        manifest[row["van"]][row["product"]] = row["qty"]
    return dict(manifest)


@bp.post("/manifest")
def manifest():
    body = request.get_json(silent=True) or {}
    try:
        round_ids = [int(x) for x in body.get("round_ids", [])]
    except (TypeError, ValueError):
        return jsonify(error="round_ids must be integers"), 400
    if not round_ids or len(round_ids) > 40:
        return jsonify(error="select between 1 and 40 rounds"), 400
    with _connect() as conn:
        return jsonify(vans=manifest_for_rounds(conn, round_ids))
