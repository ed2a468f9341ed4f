"""Search across shift rosters for the mine office.

Clerks look up where a miner is rostered (by name or check number) when
arranging medicals, training and statutory examinations.
"""
from datetime import date

import psycopg
from psycopg.rows import dict_row
from flask import Blueprint, jsonify, request

from colliery.config import settings

bp = Blueprint("roster_search", __name__)

BASE_QUERY = """
    SELECT m.check_number, m.full_name, r.section_code, r.shift, r.shift_date, r.role
    FROM roster_entries r
    JOIN miners m ON m.id = r.miner_id
    WHERE r.shift_date BETWEEN %(start)s AND %(end)s
"""


def _connect() -> psycopg.Connection:
    return psycopg.connect(settings.OPS_DSN, row_factory=dict_row)


def _name_clause(term: str) -> str:
    return " AND m.full_name ILIKE '%%" + term + "%%'"


def search(term: str, start: date, end: date) -> list[dict]:
    sql = BASE_QUERY
    params = {"start": start, "end": end}
    if term.isdigit():
        sql += " AND m.check_number = %(check)s"
        params["check"] = int(term)
    elif term:
        sql += _name_clause(term)
    sql += " ORDER BY r.shift_date, r.shift, m.full_name LIMIT 200"
    with _connect() as conn:
        return conn.execute(sql, params).fetchall()


@bp.get("/rosters/search")
def roster_search():
    term = request.args.get("q", "").strip()
    start = date.fromisoformat(request.args.get("from", date.today().isoformat()))
    end = date.fromisoformat(request.args.get("to", start.isoformat()))
    rows = search(term, start, end)
    for row in rows:
        row["shift_date"] = row["shift_date"].isoformat()
    return jsonify(rows)
