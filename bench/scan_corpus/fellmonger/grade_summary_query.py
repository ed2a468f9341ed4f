"""Grade distribution summary for a sale, grouped by a column the user selects."""
import sqlite3

from flask import Blueprint, abort, jsonify, request

from fellmonger.settings import GRADING_DB_PATH

bp = Blueprint("grade_summary", __name__, url_prefix="/office/grades")

GROUP_COLUMNS = {
    "grade": "h.grade",
    "wool_length": "h.wool_length_band",
    "grader": "h.grader_id",
    "farm": "f.farm_name",
}


def summary_sql(group_key: str) -> str:
    column = GROUP_COLUMNS[group_key]
    return (
        f"SELECT {column} AS bucket, COUNT(*) AS hides, ROUND(AVG(h.weight_kg), 2) AS avg_kg "
        "FROM graded_hides h JOIN farms f ON f.id = h.farm_id "
        f"WHERE h.sale_code = ? GROUP BY {column} ORDER BY hides DESC"
    )


def run_summary(sale_code: str, group_key: str) -> list[dict]:
    conn = sqlite3.connect(GRADING_DB_PATH)
    conn.row_factory = sqlite3.Row
    try:
        rows = conn.execute(summary_sql(group_key), (sale_code,)).fetchall()
    finally:
        conn.close()
    return [dict(r) for r in rows]


@bp.get("/<sale_code>/summary")
def grade_summary(sale_code: str):
    group_key = request.args.get("by", "grade")
    if group_key not in GROUP_COLUMNS:
        abort(400, f"by must be one of {', '.join(GROUP_COLUMNS)}")
    rows = run_summary(sale_code, group_key)
    return jsonify(sale=sale_code, grouped_by=group_key, buckets=rows)
