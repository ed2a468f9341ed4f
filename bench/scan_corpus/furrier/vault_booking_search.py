"""Back-office search over cold-storage vault bookings."""
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import date

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("vault_search", __name__)

PAGE_SIZE = 50


@dataclass
class BookingRow:
    booking_id: int
    customer_name: str
    garment_tag: str
    season: str
    checked_in: date | None

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> "BookingRow":
        checked_in = date.fromisoformat(row["checked_in"]) if row["checked_in"] else None
        return cls(row["id"], row["customer_name"], row["garment_tag"], row["season"], checked_in)


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["VAULT_DB"])
    conn.row_factory = sqlite3.Row
    return conn


def find_bookings(conn: sqlite3.Connection, name_fragment: str, season: str, page: int = 0):
    query = (
        "SELECT b.id, c.full_name AS customer_name, b.garment_tag, b.season, b.checked_in "
        "FROM vault_bookings b JOIN customers c ON c.id = b.customer_id "
        f"WHERE c.full_name LIKE '%{name_fragment}%' AND b.season = ? "
        "ORDER BY b.checked_in DESC LIMIT ? OFFSET ?"
    )
    with closing(conn.cursor()) as cur:
        cur.execute(query, (season, PAGE_SIZE, page * PAGE_SIZE))
        return [BookingRow.from_row(r) for r in cur.fetchall()]


@bp.get("/vault/bookings")
def search():
    name = request.args.get("customer", "").strip()
    season = request.args.get("season", str(date.today().year))
    page = max(int(request.args.get("page", 0)), 0)
    with closing(_connect()) as conn:
        rows = find_bookings(conn, name, season, page)
    return jsonify(
        [
            {
                "id": r.booking_id,
                "customer": r.customer_name,
                "tag": r.garment_tag,
                "season": r.season,
                "checked_in": r.checked_in.isoformat() if r.checked_in else None,
            }
            for r in rows
        ]
    )
