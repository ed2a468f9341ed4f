"""Search endpoint for the internal formula library used by the perfumers."""
import sqlite3

from flask import Blueprint, g, jsonify, request

from perfumer.config import FORMULA_DB_PATH

bp = Blueprint("formula_search", __name__, url_prefix="/formulas")

PAGE_SIZE = 25


def get_db() -> sqlite3.Connection:
    if "formula_db" not in g:
        g.formula_db = sqlite3.connect(FORMULA_DB_PATH)
        g.formula_db.row_factory = sqlite3.Row
    return g.formula_db


def _material_clause(material: str) -> str:
    join = "SELECT 1 FROM formula_lines fl JOIN materials m ON m.id = fl.material_id"
    return f"EXISTS ({join} WHERE fl.formula_id = f.id AND m.name LIKE '%{material}%')"


@bp.get("/search")
def search_formulas():
    material = request.args.get("material", "").strip()
    family = request.args.get("family")
    page = max(int(request.args.get("page", 1)), 1)
    clauses, params = [], []
    if material:
        clauses.append(_material_clause(material))
    if family:
        clauses.append("f.family = ?")
        params.append(family)
    where = " AND ".join(clauses) or "1=1"
    sql = (
        "SELECT f.id, f.code, f.name, f.family, f.version, f.updated_at FROM formulas f "
        f"WHERE {where} ORDER BY f.updated_at DESC LIMIT ? OFFSET ?"
    )
    params.extend([PAGE_SIZE, (page - 1) * PAGE_SIZE])
    rows = get_db().execute(sql, params).fetchall()
    return jsonify([dict(r) for r in rows])
