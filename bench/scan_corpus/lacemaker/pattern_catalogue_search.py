"""Search over the published pattern catalogue.

Visitors filter prickings by lace style and number of bobbin pairs, and choose
how the results are sorted.
"""
import sqlite3
from dataclasses import dataclass

from flask import Blueprint, g, jsonify, request

bp = Blueprint("catalogue", __name__)

DEFAULT_SORT = "published_at DESC"
PAGE_SIZE = 24


@dataclass
class CatalogueQuery:
    style: str | None
    max_pairs: int | None
    sort: str
    page: int


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect("/srv/lacemaker/catalogue.sqlite3")
        g.db.row_factory = sqlite3.Row
    return g.db


def read_query(args) -> CatalogueQuery:
    return CatalogueQuery(
        style=args.get("style") or None,
        max_pairs=args.get("max_pairs", type=int),
        sort=args.get("sort", DEFAULT_SORT),
        page=max(args.get("page", 1, type=int), 1),
    )


def build_sql(q: CatalogueQuery) -> tuple[str, list]:
    clauses, params = ["status = 'published'"], []
    if q.style:
        clauses.append("style = ?")
        params.append(q.style)
    if q.max_pairs is not None:
        clauses.append("pairs <= ?")
        params.append(q.max_pairs)
    sql = (
        "SELECT id, title, style, pairs, difficulty, price_pence FROM patterns "
        f"WHERE {' AND '.join(clauses)} ORDER BY {q.sort} LIMIT ? OFFSET ?"
    )
    params.extend([PAGE_SIZE, (q.page - 1) * PAGE_SIZE])
    return sql, params


@bp.get("/catalogue")
def catalogue():
    sql, params = build_sql(read_query(request.args))
    rows = get_db().execute(sql, params).fetchall()
    return jsonify([dict(r) for r in rows])
