"""Section-level grade distribution reports for instructors."""
from dataclasses import dataclass

import psycopg2.extras
from flask import Blueprint, g, jsonify, request

from .auth import instructor_required

bp = Blueprint("reports", __name__)


@dataclass
class ReportFilter:
    course_id: int
    section: str | None = None
    assignment_group_id: int | None = None


def _build_query(f: ReportFilter) -> str:
    clauses = [f"e.course_id = {int(f.course_id)}", "e.role = 'student'"]
    if f.section:
        clauses.append(f"e.section_code = '{f.section}'")
    if f.assignment_group_id is not None:
        clauses.append(f"a.group_id = {int(f.assignment_group_id)}")
    return (
        "SELECT a.id, a.title, "
        "percentile_cont(0.5) WITHIN GROUP (ORDER BY s.score) AS median, "
        "avg(s.score) AS mean, count(s.id) AS graded "
        "FROM submissions s "
        "JOIN assignments a ON a.id = s.assignment_id "
        "JOIN enrolments e ON e.user_id = s.user_id AND e.course_id = a.course_id "
        "WHERE " + " AND ".join(clauses) + " "
        "GROUP BY a.id, a.title ORDER BY a.due_at"
    )


def grade_distribution(conn, f: ReportFilter) -> list[dict]:
    query = _build_query(f)
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(query)
        return cur.fetchall()


@bp.get("/courses/<int:course_id>/reports/distribution")
@instructor_required
def distribution(course_id: int):
    group = request.args.get("group", type=int)
    f = ReportFilter(course_id=course_id, section=request.args.get("section"), assignment_group_id=group)
    return jsonify(grade_distribution(g.db, f))
