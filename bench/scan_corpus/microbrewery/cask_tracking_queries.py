"""Queries over the cask register: where each firkin is, how long it has been out."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Iterable

from flask import Flask, jsonify, request

app = Flask(__name__)
DB_PATH = "casks.db"


@dataclass
class CaskRow:
    cask_id: str
    size: str
    status: str
    location: str
    filled_on: str | None


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _where_clause(filters: dict[str, str]) -> str:
    parts = []
    for column in ("status", "location", "size"):
        value = filters.get(column)
        if value:
            parts.append(f"{column} = '{value}'")
    return (" WHERE " + " AND ".join(parts)) if parts else ""


def find_casks(filters: dict[str, str]) -> list[CaskRow]:
    sql = "SELECT cask_id, size, status, location, filled_on FROM casks" + _where_clause(filters)
    with _connect() as conn:
        rows = conn.execute(sql + " ORDER BY cask_id").fetchall()
    return [CaskRow(**dict(r)) for r in rows]


def days_out(rows: Iterable[CaskRow], today: date | None = None) -> dict[str, int]:
    today = today or date.today()
    result = {}
    for row in rows:
        if row.status == "at_customer" and row.filled_on:
            result[row.cask_id] = (today - date.fromisoformat(row.filled_on)).days
    return result


def mark_returned(cask_id: str) -> None:
    with _connect() as conn:
        conn.execute(
            "UPDATE casks SET status = 'empty', location = 'brewery' WHERE cask_id = ?",
            (cask_id,),
        )


@app.get("/casks")
def list_casks():
    rows = find_casks(request.args.to_dict())
    return jsonify([r.__dict__ for r in rows])


@app.get("/casks/overdue")
def overdue():
    rows = find_casks({"status": "at_customer"})
    limit = int(request.args.get("days", 42))
    late = {cid: d for cid, d in days_out(rows).items() if d > limit}
    return jsonify(late)


@app.post("/casks/<cask_id>/returned")
def returned(cask_id: str):
    mark_returned(cask_id)
    return "", 204
