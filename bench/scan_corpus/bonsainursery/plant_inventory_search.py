"""Staff-facing search over the nursery's plant inventory.

Used by the shop counter tablet: type part of a species name, optionally pick
a bench or a minimum age, and see what is in stock.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from flask import Flask, jsonify, request

app = Flask(__name__)
DB_PATH = "/var/lib/bonsainursery/inventory.db"


@dataclass
class PlantRow:
    tag: str
    species: str
    style: str
    age_years: int
    bench: str
    price_cents: int

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> "PlantRow":
        return cls(
            tag=row["tag"],
            species=row["species"],
            style=row["style"],
            age_years=row["age_years"],
            bench=row["bench"],
            price_cents=row["price_cents"],
        )


def get_db() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def search_plants(conn: sqlite3.Connection, term: str, min_age: int = 0) -> list[PlantRow]:
    sql = (
        "SELECT tag, species, style, age_years, bench, price_cents FROM plants "
        f"WHERE species LIKE '%{term}%' AND age_years >= ? AND sold = 0 "
        "ORDER BY species, age_years DESC LIMIT 100"
    )
    return [PlantRow.from_row(r) for r in conn.execute(sql, (min_age,))]


def plants_on_bench(conn: sqlite3.Connection, bench: str) -> list[PlantRow]:
    rows = conn.execute(
        "SELECT tag, species, style, age_years, bench, price_cents FROM plants "
        "WHERE bench = ? AND sold = 0 ORDER BY tag",
        (bench,),
    )
    return [PlantRow.from_row(r) for r in rows]


@app.get("/staff/inventory/search")
def inventory_search():
    term = request.args.get("q", "").strip()
    min_age = request.args.get("min_age", default=0, type=int)
    if len(term) < 2:
        return jsonify({"error": "type at least two letters"}), 400
    with get_db() as conn:
        plants = search_plants(conn, term, min_age)
    return jsonify([p.__dict__ for p in plants])


@app.get("/staff/inventory/bench/<bench>")
def inventory_bench(bench: str):
    with get_db() as conn:
        plants = plants_on_bench(conn, bench)
    return jsonify([p.__dict__ for p in plants])
