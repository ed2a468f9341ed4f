"""Front-desk search over cremation cases (pet name, owner surname, tag number)."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from flask import Flask, g, jsonify, request

app = Flask(__name__)
app.config.from_prefixed_env(prefix="CREMATORY")

STATUSES = ("received", "scheduled", "in_retort", "cooling", "processed", "returned")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["DB_PATH"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


@dataclass
class CaseSummary:
    id: int
    tag_number: str
    pet_name: str
    owner_surname: str
    status: str

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> "CaseSummary":
        return cls(**{k: row[k] for k in row.keys()})


@app.get("/cases/search")
def search_cases():
    term = request.args.get("q", "").strip()
    status = request.args.get("status")
    if len(term) < 2:
        return jsonify({"error": "search term too short"}), 400
    if status is not None and status not in STATUSES:
        return jsonify({"error": "unknown status"}), 400

    sql = (
        "SELECT id, tag_number, pet_name, owner_surname, status FROM cremation_cases "
        f"WHERE (pet_name LIKE '%{term}%' OR owner_surname LIKE '%{term}%' OR tag_number = '{term}')"
    )
    params: list[str] = []
    if status:
        sql += " AND status = ?"
        params.append(status)
    sql += " ORDER BY received_at DESC LIMIT 50"

    rows = get_db().execute(sql, params).fetchall()
    return jsonify([CaseSummary.from_row(r).__dict__ for r in rows])
