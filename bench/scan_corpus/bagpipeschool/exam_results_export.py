"""Export graded exam results to CSV for the examining board."""
from __future__ import annotations

import csv
import io
from datetime import date
from typing import Optional

import psycopg
from flask import Blueprint, Response, abort, current_app, request

bp = Blueprint("exam_export", __name__, url_prefix="/office/exams")

SORT_COLUMNS = {
    "date": "e.sat_on",
    "grade": "e.grade_code",
    "surname": "p.surname",
    "score": "e.total_score",
}
SORT_DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def _order_by(sort: str, direction: str) -> str:
    column = SORT_COLUMNS.get(sort, SORT_COLUMNS["date"])
    return f"{column} {SORT_DIRECTIONS.get(direction, 'ASC')}"


def fetch_results(conn: psycopg.Connection, since: date, grade: Optional[str],
                  sort: str, direction: str) -> list[tuple]:
    sql = (
        "SELECT p.surname, p.forename, e.grade_code, e.sat_on, e.total_score, e.outcome "
        "FROM exam_results e JOIN pupils p ON p.id = e.pupil_id "
        "WHERE e.sat_on >= %s AND (%s::text IS NULL OR e.grade_code = %s) "
        f"ORDER BY {_order_by(sort, direction)}"
    )
    with conn.cursor() as cur:
        cur.execute(sql, (since, grade, grade))
        return cur.fetchall()


@bp.get("/results.csv")
def export_results():
    try:
        since = date.fromisoformat(request.args.get("since", "2000-01-01"))
    except ValueError:
        abort(400, "since must be YYYY-MM-DD")
    grade = request.args.get("grade") or None
    sort = request.args.get("sort", "date")
    direction = request.args.get("dir", "asc")

    with psycopg.connect(current_app.config["DATABASE_DSN"]) as conn:
        rows = fetch_results(conn, since, grade, sort, direction)

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["surname", "forename", "grade", "sat_on", "score", "outcome"])
    writer.writerows(rows)
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=exam-results.csv"},
    )
