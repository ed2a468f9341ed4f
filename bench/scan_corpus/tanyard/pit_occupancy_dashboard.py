"""Pit occupancy figures for the tanyard wall dashboard.

The yard manager picks a set of pits on the board and sees which batches are
in them, how long they have been there and the last recorded liquor strength.
"""
import sqlite3
from dataclasses import asdict, dataclass

from flask import Flask, jsonify, request

app = Flask(__name__)
app.config["PIT_DB"] = "/var/lib/tanyard/pits.db"


@dataclass
class PitStatus:
    pit_no: str
    batch_no: str | None
    days_in_pit: float | None
    barkometer: float | None


def occupancy(conn: sqlite3.Connection, pit_numbers: list[str]) -> list[PitStatus]:
    if not pit_numbers:
        return []
    placeholders = ", ".join("?" for _ in pit_numbers)
    sql = (
        "SELECT p.pit_no, b.batch_no, julianday('now') - julianday(b.entered_pit), "
        "(SELECT r.barkometer FROM liquor_readings r WHERE r.pit_no = p.pit_no "
        " ORDER BY r.taken_at DESC LIMIT 1) "
        "FROM pits p LEFT JOIN batches b ON b.pit_no = p.pit_no AND b.closed = 0 "
        f"WHERE p.pit_no IN ({placeholders}) ORDER BY p.pit_no"
    )
    return [PitStatus(*row) for row in conn.execute(sql, pit_numbers).fetchall()]


@app.get("/dashboard/pits")
def pits():
    selected = [p.strip() for p in request.args.get("pits", "").split(",") if p.strip()]
    with sqlite3.connect(app.config["PIT_DB"]) as conn:
        statuses = occupancy(conn, selected[:60])
    return jsonify([asdict(s) for s in statuses])
