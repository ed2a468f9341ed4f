"""Search over the raw-material store: horn blanks, antler crowns, tips.

Used by the bench staff tablet to find a suitable blank for a commission
("ram horn, at least 30 cm, dark").
"""
import sqlite3
from contextlib import closing

from flask import Flask, jsonify, request

from hornworker.settings import STORE_DB

app = Flask(__name__)

COLUMNS = "lot_code, species, part, length_mm, colour, location"


def open_store() -> sqlite3.Connection:
    conn = sqlite3.connect(STORE_DB)
    conn.row_factory = sqlite3.Row
    return conn


def build_filters(args) -> str:
    clauses = ["quantity > 0"]
    species = args.get("species", "").strip()
    if species:
        clauses.append(f"species LIKE '%{species}%'")
    if args.get("min_length", "").isdigit():
        clauses.append(f"length_mm >= {int(args['min_length'])}")
    return " AND ".join(clauses)


@app.get("/store/search")
def search_store():
    where = build_filters(request.args)
    sql = f"SELECT {COLUMNS} FROM material_lots WHERE {where} ORDER BY length_mm DESC"
    with closing(open_store()) as conn:
        rows = conn.execute(sql).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/store/lot/<lot_code>")
def lot_detail(lot_code: str):
    with closing(open_store()) as conn:
        row = conn.execute(
            f"SELECT {COLUMNS} FROM material_lots WHERE lot_code = ?", (lot_code,)
        ).fetchone()
    return jsonify(dict(row)) if row else ("", 404)
