"""Team completion report for line managers, with sortable columns."""
from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required
from psycopg2 import sql

bp = Blueprint("completion_report", __name__)

ROW_LIMIT = 500
SORTABLE = {
    "name": "learner_name",
    "course": "course_title",
    "completed": "completed_at",
    "score": "score",
}


def build_query(team_id: int, sort_key: str, descending: bool):
    column = SORTABLE.get(sort_key, "completed_at")
    direction = sql.SQL("DESC" if descending else "ASC")
    query = sql.SQL(
        "SELECT learner_name, course_title, completed_at, score "
        "FROM completion_report_v WHERE team_id = %s "
        "ORDER BY {} {} NULLS LAST LIMIT %s"
    ).format(sql.Identifier(column), direction)
    return query, (team_id, ROW_LIMIT)


@bp.get("/teams/<int:team_id>/completions")
@login_required
def team_completions(team_id: int):
    if team_id not in current_user.managed_team_ids:
        abort(403)
    query, params = build_query(
        team_id,
        request.args.get("sort", "completed"),
        request.args.get("order", "desc") == "desc",
    )
    with current_app.extensions["pg_pool"].connection() as conn, conn.cursor() as cur:
        cur.execute(query, params)
        cols = [c.name for c in cur.description]
        rows = [dict(zip(cols, r)) for r in cur.fetchall()]
    return jsonify(rows)
