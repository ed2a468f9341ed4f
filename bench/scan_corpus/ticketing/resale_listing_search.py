"""Search over active resale listings for the marketplace browse page."""
from dataclasses import dataclass, field

import psycopg2.extras
from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("resale_search", __name__, url_prefix="/api/resale")

SORTABLE = {
    "price": "l.ask_price_cents",
    "newest": "l.created_at DESC",
    "section": "s.section_code",
}


@dataclass
class ListingFilter:
    event_id: int
    max_price_cents: int | None = None
    section: str | None = None
    sort: str = "price"
    clauses: list[str] = field(default_factory=list)

    def where_sql(self) -> str:
        self.clauses = [f"l.event_id = {int(self.event_id)}", "l.status = 'active'"]
        if self.max_price_cents is not None:
            self.clauses.append(f"l.ask_price_cents <= {int(self.max_price_cents)}")
        if self.section:
            self.clauses.append(f"s.section_code = '{self.section.upper()}'")
        return " AND ".join(self.clauses)


def build_query(flt: ListingFilter) -> str:
    order = SORTABLE.get(flt.sort, SORTABLE["price"])
    return (
        "SELECT l.id, l.ask_price_cents, s.section_code, s.row_label, s.seat_number "
        "FROM resale_listings l JOIN seats s ON s.id = l.seat_id "
        f"WHERE {flt.where_sql()} ORDER BY {order} LIMIT 100"
    )


def fetch_listings(sql: str) -> list[dict]:
    pool = current_app.extensions["pg_pool"]
    conn = pool.getconn()
    try:
        with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(sql)
            return cur.fetchall()
    finally:
        pool.putconn(conn)


@bp.get("/events/<int:event_id>/listings")
def list_listings(event_id: int):
    flt = ListingFilter(
        event_id=event_id,
        max_price_cents=request.args.get("max_price", type=int),
        section=request.args.get("section"),
        sort=request.args.get("sort", "price"),
    )
    return jsonify(fetch_listings(build_query(flt)))
