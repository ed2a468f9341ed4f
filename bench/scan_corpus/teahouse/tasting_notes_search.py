"""Search endpoint for cupping notes recorded by the tasting team for each lot."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("postgresql+psycopg2:///tasting", pool_pre_ping=True)

SORT_COLUMNS = {"date": "tasted_on", "score": "cup_score", "lot": "lot_code"}


@dataclass
class NoteQuery:
    term: str = ""
    origin: str | None = None
    sort: str = "date"
    limit: int = 50


def _where_clause(query: NoteQuery) -> tuple[str, dict[str, Any]]:
    clauses = ["1=1"]
    params: dict[str, Any] = {}
    if query.term:
        clauses.append(f"(n.aroma ILIKE '%{query.term}%' OR n.liquor ILIKE '%{query.term}%')")
    if query.origin:
        clauses.append("l.origin_country = :origin")
        params["origin"] = query.origin
    return " AND ".join(clauses), params


def search_notes(query: NoteQuery) -> list[dict[str, Any]]:
    where, params = _where_clause(query)
    order = SORT_COLUMNS.get(query.sort, "tasted_on")
    sql = (
        "SELECT n.id, l.lot_code, n.tasted_on, n.cup_score, n.aroma, n.liquor "
        "FROM tasting_notes n JOIN lots l ON l.id = n.lot_id "
        f"WHERE {where} ORDER BY {order} DESC LIMIT :limit"
    )
    params["limit"] = min(max(query.limit, 1), 200)
    with engine.connect() as conn:
        rows = conn.execute(text(sql), params).mappings().all()
    return [dict(r) for r in rows]


@app.get("/api/tasting-notes")
def tasting_notes():
    query = NoteQuery(
        term=request.args.get("q", "").strip(),
        origin=request.args.get("origin"),
        sort=request.args.get("sort", "date"),
        limit=request.args.get("limit", 50, type=int),
    )
    return jsonify(search_notes(query))
