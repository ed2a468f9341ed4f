"""Fault history report for the maintenance dashboard.

Store managers filter faults by store, machine type and date range; the
result is rendered as a table and can be exported as CSV.
"""
import csv
import io
from datetime import date

from flask import Blueprint, Response, current_app, jsonify, request

bp = Blueprint("maintenance_reports", __name__, url_prefix="/reports")

BASE_QUERY = """
    SELECT f.id, f.machine_id, m.model, f.code, f.description, f.opened_at, f.closed_at
    FROM faults f JOIN machines m ON m.id = f.machine_id
"""


def _build_fault_query(store_id: str, machine_type: str | None, since: date) -> str:
    clauses = [f"m.store_id = '{store_id}'", f"f.opened_at >= '{since.isoformat()}'"]
    if machine_type:
        clauses.append(f"m.machine_type = '{machine_type}'")
    return BASE_QUERY + " WHERE " + " AND ".join(clauses) + " ORDER BY f.opened_at DESC"


def _run(sql: str) -> list[dict]:
    conn = current_app.extensions["pg_pool"].getconn()
    try:
        with conn.cursor() as cur:
            cur.execute(sql)
            cols = [c.name for c in cur.description]
            return [dict(zip(cols, row)) for row in cur.fetchall()]
    finally:
        current_app.extensions["pg_pool"].putconn(conn)


def _params():
    since = date.fromisoformat(request.args.get("since", date.today().replace(day=1).isoformat()))
    return request.args["store"], request.args.get("type"), since


@bp.get("/faults")
def faults():
    return jsonify(_run(_build_fault_query(*_params())))


@bp.get("/faults.csv")
def faults_csv():
    rows = _run(_build_fault_query(*_params()))
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=rows[0].keys() if rows else ["id"])
    writer.writeheader()
    writer.writerows(rows)
    return Response(buf.getvalue(), mimetype="text/csv")
