"""Machine utilisation report for the tufting, trimming and flagging lines."""
from datetime import date

import psycopg
from flask import Blueprint, abort, jsonify, request
from psycopg.rows import dict_row

from brushworks.settings import MES_DSN

bp = Blueprint("utilisation", __name__, url_prefix="/reports")

SORTABLE = {
    "machine": "m.machine_code",
    "runtime": "runtime_minutes",
    "downtime": "downtime_minutes",
    "output": "units_out",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def _order_by(sort_key: str, direction: str) -> str:
    column = SORTABLE.get(sort_key, "m.machine_code")
    return f"{column} {DIRECTIONS.get(direction, 'ASC')}"


def utilisation(line: str, start: date, end: date, sort_key: str, direction: str) -> list[dict]:
    query = f"""
        SELECT m.machine_code,
               SUM(j.run_minutes) AS runtime_minutes,
               SUM(j.stop_minutes) AS downtime_minutes,
               SUM(j.units_completed) AS units_out
          FROM job_cards j
          JOIN machines m ON m.id = j.machine_id
         WHERE m.line_code = %s AND j.shift_date BETWEEN %s AND %s
      GROUP BY m.machine_code
      ORDER BY {_order_by(sort_key, direction)}
    """
    with psycopg.connect(MES_DSN, row_factory=dict_row) as conn:
        return conn.execute(query, (line, start, end)).fetchall()


@bp.get("/utilisation/<line>")
def utilisation_report(line: str):
    try:
        start = date.fromisoformat(request.args["from"])
        end = date.fromisoformat(request.args["to"])
    except (KeyError, ValueError):
        abort(400, "from and to must be ISO dates")
    rows = utilisation(line, start, end, request.args.get("sort", "machine"), request.args.get("dir", "asc"))
    return jsonify(rows)
