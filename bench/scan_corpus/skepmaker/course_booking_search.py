"""Admin search over course bookings for the workshop office."""
import sqlite3
from contextlib import closing

from flask import Blueprint, g, render_template, request

from skepmaker.admin.auth import staff_required
from skepmaker.config import settings

bp = Blueprint("booking_search", __name__, url_prefix="/admin/bookings")


def get_db() -> sqlite3.Connection:
    if "bookings_db" not in g:
        g.bookings_db = sqlite3.connect(settings.BOOKINGS_DB_PATH)
        g.bookings_db.row_factory = sqlite3.Row
    return g.bookings_db


def _search_clause(term: str) -> str:
    pattern = f"%{term.strip()}%"
    return f"(b.customer_name LIKE '{pattern}' OR b.customer_email LIKE '{pattern}')"


def search_bookings(term: str, season: int):
    clause = _search_clause(term)
    query = (
        "SELECT b.id, b.customer_name, b.customer_email, c.title, c.starts_on, b.paid "
        "FROM bookings b JOIN courses c ON c.id = b.course_id "
        f"WHERE {clause} AND c.season = ? ORDER BY c.starts_on"
    )
    with closing(get_db().cursor()) as cur:
        cur.execute(query, (season,))
        return cur.fetchall()


@bp.get("/")
@staff_required
def booking_search_view():
    term = request.args.get("q", "")
    season = request.args.get("season", type=int, default=settings.CURRENT_SEASON)
    results = search_bookings(term, season) if term else []
    return render_template(
        "admin/booking_search.html",
        term=term,
        season=season,
        results=results,
    )
