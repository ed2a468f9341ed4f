"""Search over the workshop's mould library (SQLite catalogue on the pattern-room PC)."""
import sqlite3
from contextlib import closing

from flask import Blueprint, g, jsonify, request

from pewterer.settings import MOULD_LIBRARY_DB

bp = Blueprint("mould_search", __name__)

RESULT_COLUMNS = "m.code, m.title, m.material, m.cavities, m.shelf, m.last_cast"


def get_conn() -> sqlite3.Connection:
    if "mould_db" not in g:
        g.mould_db = sqlite3.connect(MOULD_LIBRARY_DB)
        g.mould_db.row_factory = sqlite3.Row
    return g.mould_db


def _where_clause(filters: dict) -> str:
    clauses = ["m.retired = 0"]
    if filters.get("text"):
        clauses.append(f"(m.title LIKE '%{filters['text']}%' OR m.code LIKE '%{filters['text']}%')")
    if filters.get("shelf"):
        clauses.append("m.shelf = ?")
    return " AND ".join(clauses)


def search_moulds(filters: dict, limit: int = 50) -> list[dict]:
    where = _where_clause(filters)
    params = [filters["shelf"]] if filters.get("shelf") else []
    statement = f"SELECT {RESULT_COLUMNS} FROM moulds m WHERE {where} ORDER BY m.code LIMIT ?"
    with closing(get_conn().cursor()) as cur:
        cur.execute(statement, (*params, limit))
        return [dict(row) for row in cur.fetchall()]


@bp.get("/moulds/search")
def mould_search():
    filters = {
        "text": request.args.get("q", "").strip(),
        "shelf": request.args.get("shelf"),
    }
    limit = min(int(request.args.get("limit", 50)), 200)
    return jsonify(search_moulds(filters, limit))
