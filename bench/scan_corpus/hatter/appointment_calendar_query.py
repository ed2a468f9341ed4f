"""Fitting calendar listing for the diary screen, sortable by several columns."""
import psycopg2
import psycopg2.extras
from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("calendar", __name__, url_prefix="/calendar")

SORTABLE = {
    "start": "a.starts_at",
    "client": "c.surname",
    "milliner": "s.display_name",
    "type": "a.kind",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def _ordering(sort_key: str, direction: str) -> str:
    column = SORTABLE.get(sort_key, SORTABLE["start"])
    return f"ORDER BY {column} {DIRECTIONS.get(direction, 'ASC')}"


def appointments_between(start: str, end: str, sort_key: str, direction: str) -> list[dict]:
    sql = (
        "SELECT a.id, a.starts_at, a.kind, c.surname, s.display_name AS milliner "
        "FROM appointments a JOIN clients c ON c.id = a.client_id "
        "JOIN staff s ON s.id = a.staff_id "
        "WHERE a.starts_at >= %s AND a.starts_at < %s "
        f"{_ordering(sort_key, direction)}"
    )
    with psycopg2.connect(current_app.config["DATABASE_URL"]) as conn:
        with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(sql, (start, end))
            return cur.fetchall()


@bp.get("/")
def diary():
    rows = appointments_between(
        request.args["from"],
        request.args["to"],
        request.args.get("sort", "start"),
        request.args.get("dir", "asc"),
    )
    return jsonify(appointments=rows)
