"""Search the smocking pattern catalogue with bound parameters.

Backs the shop's pattern search: customers enter a phrase and may filter
by difficulty and fabric.  The catalogue is a SQLite file rebuilt nightly.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from flask import Flask, g, jsonify, request

app = Flask(__name__)
CATALOGUE_DB = "/var/lib/smockstudio/catalogue.sqlite3"


@dataclass(frozen=True)
class PatternResult:
    pattern_id: int
    title: str
    designer: str
    difficulty: str


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(CATALOGUE_DB)
        g.db.row_factory = sqlite3.Row
    return g.db


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def find_patterns(phrase: str, difficulty: str | None, fabric: str | None) -> list[PatternResult]:
    clauses = ["published = 1"]
    params: list = []
    if phrase:
        needle = f"%{_like_escape(phrase)}%"
        clauses.append("(title LIKE ? ESCAPE '\\' OR designer LIKE ? ESCAPE '\\')")
        params.extend([needle, needle])
    if difficulty:
        clauses.append("difficulty = ?")
        params.append(difficulty)
    if fabric:
        clauses.append("fabric = ?")
        params.append(fabric)
    sql = "SELECT id, title, designer, difficulty FROM patterns WHERE " + " AND ".join(clauses)
    rows = get_db().execute(sql + " ORDER BY title LIMIT 50", params).fetchall()
    return [PatternResult(r["id"], r["title"], r["designer"], r["difficulty"]) for r in rows]


@app.get("/patterns/search")
def pattern_search():
    results = find_patterns(
        request.args.get("q", "").strip(),
        request.args.get("difficulty"),
        request.args.get("fabric"),
    )
    return jsonify([r.__dict__ for r in results])
