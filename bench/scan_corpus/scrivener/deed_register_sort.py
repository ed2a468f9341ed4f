"""Sortable deed register table for the front desk."""
import psycopg2
import psycopg2.extras
from flask import Blueprint, current_app, render_template, request

bp = Blueprint("register", __name__, url_prefix="/register")

SORTABLE = {
    "recorded": "d.recorded_on",
    "reference": "d.reference",
    "grantor": "d.grantor",
    "grantee": "d.grantee",
    "kind": "d.deed_type",
}
PAGE_SIZE = 50


def _connection():
    return psycopg2.connect(current_app.config["REGISTER_DSN"])


def fetch_page(conn, office_id: int, sort_key: str, descending: bool, page: int) -> list[dict]:
    column = SORTABLE.get(sort_key, SORTABLE["recorded"])
    direction = "DESC" if descending else "ASC"
    query = (
        "SELECT d.reference, d.deed_type, d.grantor, d.grantee, d.recorded_on "
        "FROM deeds d WHERE d.office_id = %s "
        f"ORDER BY {column} {direction}, d.id LIMIT %s OFFSET %s"
    )
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(query, (office_id, PAGE_SIZE, max(page - 1, 0) * PAGE_SIZE))
        return cur.fetchall()


@bp.get("/")
def register_table():
    sort_key = request.args.get("sort", "recorded")
    descending = request.args.get("order", "desc") != "asc"
    try:
        page = int(request.args.get("page", 1))
    except ValueError:
        page = 1
    office_id = current_app.config["OFFICE_ID"]
    conn = _connection()
    try:
        rows = fetch_page(conn, office_id, sort_key, descending, page)
    finally:
        conn.close()
    return render_template(
        "register/table.html",
        rows=rows,
        sort=sort_key if sort_key in SORTABLE else "recorded",
        descending=descending,
        page=page,
    )
