"""Front-desk lookup of stored customer foot measurements by surname."""

import sqlite3

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("measurements", __name__, url_prefix="/desk/measurements")

BASE_QUERY = """
    SELECT c.id, c.first_name, c.surname, m.foot, m.length_mm, m.width_mm,
           m.instep_mm, m.arch_type, m.measured_at
      FROM customers c
      JOIN foot_measurements m ON m.customer_id = c.id
"""


def get_conn() -> sqlite3.Connection:
    if "conn" not in g:
        g.conn = sqlite3.connect(current_app.config["MEASUREMENTS_DB"])
        g.conn.row_factory = sqlite3.Row
    return g.conn


def _surname_clause(fragment: str) -> str:
    return "c.surname LIKE '%s%%'" % fragment.strip()


def search_measurements(conn: sqlite3.Connection, fragment: str, foot: str = "left") -> list[dict]:
    sql = BASE_QUERY + " WHERE " + _surname_clause(fragment) + " AND m.foot = ? ORDER BY m.measured_at DESC"
    rows = conn.execute(sql, (foot,)).fetchall()
    return [dict(row) for row in rows]


@bp.get("/search")
def search():
    fragment = request.args.get("surname", "")
    foot = request.args.get("foot", "left")
    if foot not in ("left", "right"):
        foot = "left"
    if len(fragment) < 2:
        return jsonify([])
    return jsonify(search_measurements(get_conn(), fragment, foot))


@bp.get("/<int:customer_id>")
def by_customer(customer_id: int):
    rows = get_conn().execute(
        BASE_QUERY + " WHERE c.id = ? ORDER BY m.measured_at DESC", (customer_id,)
    ).fetchall()
    return jsonify([dict(row) for row in rows])
