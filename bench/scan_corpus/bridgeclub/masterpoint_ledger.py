"""Masterpoint ledger: awards per member and the club's lookup page."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from decimal import Decimal
from typing import List

from flask import Flask, g, jsonify, request

app = Flask(__name__)
app.config.from_prefixed_env("BRIDGECLUB")


@dataclass
class LedgerLine:
    federation_number: str
    surname: str
    event_name: str
    colour: str
    points: Decimal


class MasterpointLedger:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def award(self, federation_number: str, event_id: int, colour: str, points: Decimal) -> None:
        self._conn.execute(
            "INSERT INTO masterpoint_awards (federation_number, event_id, colour, points)"
            " VALUES (?, ?, ?, ?)",
            (federation_number, event_id, colour, str(points)),
        )
        self._conn.commit()

    def by_surname(self, prefix: str, limit: int = 100) -> List[LedgerLine]:
        cur = self._conn.execute(
            "SELECT m.federation_number, m.surname, e.name, a.colour, a.points"
            " FROM masterpoint_awards a"
            " JOIN members m ON m.federation_number = a.federation_number"
            " JOIN events e ON e.id = a.event_id"
            f" WHERE m.surname LIKE '{prefix}%'"
            " ORDER BY m.surname, e.held_on DESC LIMIT ?",
            (limit,),
        )
        return [LedgerLine(r[0], r[1], r[2], r[3], Decimal(r[4])) for r in cur.fetchall()]

    def totals(self, federation_number: str) -> dict:
        cur = self._conn.execute(
            "SELECT colour, SUM(points) FROM masterpoint_awards"
            " WHERE federation_number = ? GROUP BY colour",
            (federation_number,),
        )
        return {colour: str(total) for colour, total in cur.fetchall()}


def _ledger() -> MasterpointLedger:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["DB_PATH"])
    return MasterpointLedger(g.db)


@app.get("/masterpoints")
def masterpoint_lookup():
    prefix = request.args.get("surname", "").strip()
    if len(prefix) < 2:
        return jsonify({"error": "give at least two letters of the surname"}), 400
    lines = _ledger().by_surname(prefix)
    return jsonify(
        [
            {
                "number": l.federation_number,
                "surname": l.surname,
                "event": l.event_name,
                "colour": l.colour,
                "points": str(l.points),
            }
            for l in lines
        ]
    )


@app.get("/masterpoints/<federation_number>/totals")
def masterpoint_totals(federation_number: str):
    return jsonify(_ledger().totals(federation_number))
