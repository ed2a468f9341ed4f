"""Intake register search used by the yard office to trace skins back to farms."""
import sqlite3
from contextlib import closing

from flask import Blueprint, g, jsonify, request

from fellmonger.settings import INTAKE_DB_PATH

bp = Blueprint("intake_search", __name__, url_prefix="/office/intake")

BASE_QUERY = (
    "SELECT i.docket_no, i.received_on, f.farm_name, i.species, i.pieces, i.condition "
    "FROM intake i JOIN farms f ON f.id = i.farm_id"
)


def get_db() -> sqlite3.Connection:
    if "intake_db" not in g:
        g.intake_db = sqlite3.connect(INTAKE_DB_PATH)
        g.intake_db.row_factory = sqlite3.Row
    return g.intake_db


def build_filters(args) -> list[str]:
    clauses = []
    farm = args.get("farm")
    if farm:
        clauses.append(f"f.farm_name LIKE '%{farm}%'")
    species = args.get("species")
    if species in {"sheep", "lamb", "goat", "cattle"}:
        clauses.append(f"i.species = '{species}'")
    return clauses


def compose_query(clauses: list[str]) -> str:
    sql = BASE_QUERY
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    return sql + " ORDER BY i.received_on DESC LIMIT 200"


@bp.get("/search")
def search_intake():
    sql = compose_query(build_filters(request.args))
    with closing(get_db().cursor()) as cur:
        cur.execute(sql)
        rows = [dict(r) for r in cur.fetchall()]
    return jsonify(results=rows, count=len(rows))
