"""Paged catalogue listing for the label shop, with user-selectable sorting."""
from __future__ import annotations

import os

import psycopg
from psycopg.rows import dict_row
from flask import Flask, jsonify, request

app = Flask(__name__)
DATABASE_URL = os.environ["CATALOG_DATABASE_URL"]

SORT_COLUMNS = {
    "newest": "r.release_date DESC",
    "oldest": "r.release_date ASC",
    "title": "r.title ASC",
    "artist": "a.name ASC, r.release_date DESC",
    "catalogue": "r.catalogue_no ASC",
}
FORMATS = ("vinyl", "cd", "digital", "cassette")
PAGE_SIZE = 24


def order_by(sort_key: str) -> str:
    return SORT_COLUMNS.get(sort_key, SORT_COLUMNS["newest"])


@app.get("/shop/catalogue")
def catalogue():
    sort_key = request.args.get("sort", "newest")
    fmt = request.args.get("format")
    page = max(request.args.get("page", 1, type=int), 1)
    term = request.args.get("q", "").strip()

    where = ["r.published = true"]
    params: list[object] = []
    if fmt in FORMATS:
        where.append("r.format = %s")
        params.append(fmt)
    if term:
        where.append("(r.title ILIKE %s OR a.name ILIKE %s)")
        params.extend([f"%{term}%", f"%{term}%"])
    params.extend([PAGE_SIZE, (page - 1) * PAGE_SIZE])

    sql = (
        "SELECT r.catalogue_no, r.title, a.name AS artist, r.format, r.price_cents "
        "FROM releases r JOIN artists a ON a.id = r.artist_id "
        f"WHERE {' AND '.join(where)} ORDER BY {order_by(sort_key)} LIMIT %s OFFSET %s"
    )
    with psycopg.connect(DATABASE_URL, row_factory=dict_row) as conn:
        rows = conn.execute(sql, params).fetchall()
    return jsonify({"page": page, "sort": sort_key if sort_key in SORT_COLUMNS else "newest",
                    "items": rows})
