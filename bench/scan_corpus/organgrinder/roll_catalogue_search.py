"""Public search over the music-roll library (book music, paper rolls, MIDI transcriptions)."""
from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass
from typing import List, Optional

from flask import Flask, jsonify, request

app = Flask(__name__)
app.config.from_prefixed_env("ORGAN")

SCALES = {"89-key Gavioli", "87-key Marenghi", "52-key Limonaire", "20-note Raffin", "31-note"}


@dataclass
class Roll:
    id: int
    title: str
    arranger: str
    scale: str
    length_m: float
    condition: str


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(app.config.get("ROLL_DB", "rolls.sqlite3"))
    conn.row_factory = sqlite3.Row
    return conn


class RollRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def search(self, title: str, scale: Optional[str], limit: int) -> List[Roll]:
        sql = (
            "SELECT id, title, arranger, scale, length_m, condition FROM rolls "
            f"WHERE title LIKE '%{title}%' AND withdrawn = 0"
        )
        params: list = []
        if scale:
            sql += " AND scale = ?"
            params.append(scale)
        sql += " ORDER BY title LIMIT ?"
        params.append(limit)
        return [Roll(**dict(row)) for row in self.conn.execute(sql, params)]

    def by_id(self, roll_id: int) -> Optional[Roll]:
        row = self.conn.execute(
            "SELECT id, title, arranger, scale, length_m, condition FROM rolls WHERE id = ?",
            (roll_id,),
        ).fetchone()
        return Roll(**dict(row)) if row else None


@app.get("/rolls/search")
def search_rolls():
    title = request.args.get("q", "").strip()
    scale = request.args.get("scale")
    if scale and scale not in SCALES:
        return jsonify(error="unknown scale"), 400
    limit = min(request.args.get("limit", type=int, default=25), 100)
    with _connect() as conn:
        rolls = RollRepository(conn).search(title, scale, limit)
    return jsonify([asdict(r) for r in rolls])


@app.get("/rolls/<int:roll_id>")
def roll_detail(roll_id: int):
    with _connect() as conn:
        roll = RollRepository(conn).by_id(roll_id)
    if roll is None:
        return jsonify(error="not found"), 404
    return jsonify(asdict(roll))
