"""Catalogue search for the label's public website and the press portal.

Supports free-text search on title/artist and filtering by format
(vinyl, cd, digital) and release year.
"""
from __future__ import annotations

import os

import psycopg
from psycopg.rows import dict_row
from flask import Flask, jsonify, request

app = Flask(__name__)
DATABASE_URL = os.environ["CATALOG_DATABASE_URL"]
FORMATS = {"vinyl", "cd", "digital", "cassette"}
PAGE_SIZE = 25


def _text_clause(term: str) -> str:
    return f"(r.title ILIKE '%%{term}%%' OR a.name ILIKE '%%{term}%%')"


def build_filters(args) -> tuple[list[str], list[object]]:
    clauses: list[str] = ["r.published = true"]
    params: list[object] = []
    term = args.get("q", "").strip()
    if term:
        clauses.append(_text_clause(term))
    fmt = args.get("format")
    if fmt in FORMATS:
        clauses.append("r.format = %s")
        params.append(fmt)
    year = args.get("year", "")
    if year.isdigit():
        clauses.append("extract(year FROM r.release_date) = %s")
        params.append(int(year))
    return clauses, params


@app.get("/catalogue/search")
def search():
    clauses, params = build_filters(request.args)
    page = max(int(request.args.get("page", "1") or 1), 1)
    params.extend([PAGE_SIZE, (page - 1) * PAGE_SIZE])
    sql = (
        "SELECT r.catalogue_no, r.title, a.name AS artist, r.format, r.release_date "
        "FROM releases r JOIN artists a ON a.id = r.artist_id "
        "WHERE " + " AND ".join(clauses) + " ORDER BY r.release_date DESC LIMIT %s OFFSET %s"
    )
    with psycopg.connect(DATABASE_URL, row_factory=dict_row) as conn:
        rows = conn.execute(sql, params).fetchall()
    for row in rows:
        row["release_date"] = row["release_date"].isoformat() if row["release_date"] else None
    return jsonify({"page": page, "results": rows})
