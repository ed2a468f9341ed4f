"""Search the smocking pattern catalogue.

Backs the search box on the public pattern shop: customers type a phrase
and optionally filter by difficulty.  The catalogue lives in SQLite and is
rebuilt nightly from the pattern file store.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from flask import Flask, g, jsonify, request

app = Flask(__name__)
CATALOGUE_DB = "/var/lib/smockstudio/catalogue.sqlite3"
DIFFICULTIES = ("beginner", "intermediate", "advanced")


@dataclass(frozen=True)
class PatternHit:
    pattern_id: int
    title: str
    designer: str
    difficulty: str
    price_pence: int


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(CATALOGUE_DB)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def search_patterns(phrase: str, difficulty: str | None, limit: int = 40) -> list[PatternHit]:
    sql = (
        "SELECT id, title, designer, difficulty, price_pence FROM patterns "
        f"WHERE published = 1 AND (title LIKE '%{phrase}%' OR designer LIKE '%{phrase}%')"
    )
    params: list = []
    if difficulty in DIFFICULTIES:
        sql += " AND difficulty = ?"
        params.append(difficulty)
    sql += " ORDER BY title LIMIT ?"
    params.append(limit)
    rows = get_db().execute(sql, params).fetchall()
    return [
        PatternHit(r["id"], r["title"], r["designer"], r["difficulty"], r["price_pence"])
        for r in rows
    ]


@app.get("/patterns/search")
def pattern_search():
    phrase = request.args.get("q", "").strip()
    difficulty = request.args.get("difficulty")
    hits = search_patterns(phrase, difficulty)
    return jsonify([hit.__dict__ for hit in hits])
