"""Offcut finder for the workshop floor.

Joiners look for usable offcuts before cutting into a full board; search is
by species, grade and minimum dimensions, optionally by a free-text note.
"""
import os
import sqlite3
from contextlib import closing

from flask import Flask, jsonify, request

app = Flask(__name__)
OFFCUT_DB = os.environ.get("OFFCUT_DB", "/srv/joinery/offcuts.sqlite3")


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(OFFCUT_DB)
    conn.row_factory = sqlite3.Row
    return conn


def find_offcuts(species: str, min_length: int, min_width: int, note: str = "") -> list[dict]:
    clauses = ["species = ?", "length_mm >= ?", "width_mm >= ?", "used_on_job IS NULL"]
    params: list = [species, min_length, min_width]
    if note:
        clauses.append("notes LIKE ? ESCAPE '\\'")
        escaped = note.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params.append(f"%{escaped}%")
    sql = (
        "SELECT id, species, grade, thickness_mm, width_mm, length_mm, bay, notes "
        "FROM offcuts WHERE " + " AND ".join(clauses) + " ORDER BY length_mm ASC LIMIT 50"
    )
    with closing(_connect()) as conn:
        return [dict(row) for row in conn.execute(sql, params)]


def claim_offcut(offcut_id: int, job_ref: str) -> bool:
    with closing(_connect()) as conn, conn:
        cur = conn.execute(
            "UPDATE offcuts SET used_on_job = ? WHERE id = ? AND used_on_job IS NULL",
            (job_ref, offcut_id),
        )
        return cur.rowcount == 1


@app.get("/offcuts")
def search():
    return jsonify(
        find_offcuts(
            species=request.args.get("species", "oak"),
            min_length=request.args.get("min_length", 0, type=int),
            min_width=request.args.get("min_width", 0, type=int),
            note=request.args.get("q", "").strip(),
        )
    )


@app.post("/offcuts/<int:offcut_id>/claim")
def claim(offcut_id: int):
    job_ref = (request.get_json(silent=True) or {}).get("job_ref", "")
    if not job_ref:
        return jsonify(error="job_ref required"), 400
    return jsonify(claimed=claim_offcut(offcut_id, job_ref))
