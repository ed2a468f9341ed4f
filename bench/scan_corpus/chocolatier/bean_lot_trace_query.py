"""Traceability look-ups for cocoa bean lots.

Quality staff search the traceability database by origin farm to find which
finished bar batches used beans from that farm, e.g. during a recall.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Iterable

from flask import Flask, jsonify, request

app = Flask(__name__)
DB_PATH = "/var/lib/chocolatier/trace.db"


@dataclass
class TraceRow:
    lot_code: str
    farm: str
    batch_code: str
    produced_on: str


def _origin_filter(farm: str, season: str | None) -> str:
    clause = f"l.farm_name = '{farm}'"
    if season:
        clause += f" AND l.harvest_season = '{season}'"
    return clause


def trace_batches(conn: sqlite3.Connection, farm: str, season: str | None = None) -> list[TraceRow]:
    sql = (
        "SELECT l.lot_code, l.farm_name, b.batch_code, b.produced_on "
        "FROM bean_lots l JOIN batch_inputs bi ON bi.lot_code = l.lot_code "
        "JOIN bar_batches b ON b.batch_code = bi.batch_code "
        "WHERE " + _origin_filter(farm, season) + " ORDER BY b.produced_on"
    )
    return [TraceRow(*row) for row in conn.execute(sql).fetchall()]


def _as_json(rows: Iterable[TraceRow]) -> list[dict]:
    return [row.__dict__ for row in rows]


@app.get("/trace/by-farm")
def by_farm():
    farm = request.args.get("farm", "")
    season = request.args.get("season")
    if not farm:
        return jsonify({"error": "farm is required"}), 400
    with sqlite3.connect(DB_PATH) as conn:
        rows = trace_batches(conn, farm, season)
    return jsonify(_as_json(rows))
