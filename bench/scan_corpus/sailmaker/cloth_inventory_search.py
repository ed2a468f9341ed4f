"""Search the cloth store: rolls on the racks, remnants and reserved lengths."""
import sqlite3
from dataclasses import dataclass
from typing import List, Optional

from flask import Flask, jsonify, request

app = Flask(__name__)
DB_PATH = "/var/lib/loft/inventory.sqlite3"


@dataclass
class Roll:
    roll_id: str
    cloth_code: str
    description: str
    remaining_m: float
    rack: str


def _rows_to_rolls(rows) -> List[Roll]:
    return [Roll(*row) for row in rows]


def search_rolls(term: str, min_remaining: float = 0.0, rack: Optional[str] = None) -> List[Roll]:
    sql = (
        "SELECT roll_id, cloth_code, description, remaining_m, rack FROM rolls "
        f"WHERE (cloth_code LIKE '%{term}%' OR description LIKE '%{term}%') "
        "AND remaining_m >= ?"
    )
    params: list = [min_remaining]
    if rack:
        sql += " AND rack = ?"
        params.append(rack)
    sql += " ORDER BY remaining_m DESC"
    with sqlite3.connect(DB_PATH) as conn:
        return _rows_to_rolls(conn.execute(sql, params).fetchall())


@app.get("/inventory/rolls")
def rolls_endpoint():
    term = request.args.get("q", "").strip()
    min_remaining = float(request.args.get("min_m", 0) or 0)
    rolls = search_rolls(term, min_remaining, request.args.get("rack"))
    return jsonify([r.__dict__ for r in rolls])


@app.get("/inventory/rolls/<roll_id>")
def roll_detail(roll_id: str):
    with sqlite3.connect(DB_PATH) as conn:
        row = conn.execute(
            "SELECT roll_id, cloth_code, description, remaining_m, rack FROM rolls WHERE roll_id = ?",
            (roll_id,),
        ).fetchone()
    if row is None:
        return jsonify({"error": "not found"}), 404
    return jsonify(Roll(*row).__dict__)
