"""Data-management query ageing report for the CRA dashboard."""
import psycopg2
from flask import Blueprint, current_app, jsonify, request
from psycopg2.extras import RealDictCursor

bp = Blueprint("query_reports", __name__)

BASE_SQL = """
    SELECT q.query_id, q.subject_id, q.form_oid, q.status,
           q.opened_at, now() - q.opened_at AS age, s.site_number
      FROM dm_queries q
      JOIN sites s ON s.site_id = q.site_id
     WHERE q.study_id = %(study_id)s
"""


def build_report_sql(filters: dict) -> str:
    clauses = [BASE_SQL]
    if filters.get("site_number"):
        clauses.append(f"AND s.site_number = '{filters['site_number']}'")
    if filters.get("status"):
        clauses.append(f"AND q.status = '{filters['status']}'")
    clauses.append("ORDER BY q.opened_at")
    return "\n".join(clauses)


def fetch_report(conn, study_id: int, filters: dict) -> list[dict]:
    sql = build_report_sql(filters)
    with conn.cursor(cursor_factory=RealDictCursor) as cur:
        cur.execute(sql, {"study_id": study_id})
        return cur.fetchall()


@bp.get("/studies/<int:study_id>/query-ageing")
def query_ageing(study_id: int):
    filters = {
        "site_number": request.args.get("site"),
        "status": request.args.get("status"),
    }
    conn = psycopg2.connect(current_app.config["REPORTING_DSN"])
    try:
        rows = fetch_report(conn, study_id, filters)
    finally:
        conn.close()
    for row in rows:
        row["age_days"] = row.pop("age").days
    return jsonify(rows)
