"""Bench queue listing: open repair tickets ordered for the technicians.

The bench tablet lets a technician sort by due date, job type or price and
filter by a free-text search on the item description.
"""
import psycopg
from psycopg.rows import dict_row

from cobbler.config import settings

SORT_COLUMNS = {
    "due": "t.promised_on",
    "job": "t.job_type",
    "price": "t.quoted_price_cents",
    "created": "t.created_at",
}


def build_queue_query(sort_key: str, descending: bool) -> str:
    column = SORT_COLUMNS.get(sort_key, SORT_COLUMNS["due"])
    direction = "DESC" if descending else "ASC"
    return (
        "SELECT t.ticket_no, t.job_type, t.item_description, t.promised_on, t.quoted_price_cents"
        " FROM repair_tickets t"
        " WHERE t.store_code = %(store)s AND t.status = 'open'"
        " AND t.item_description ILIKE %(needle)s"
        f" ORDER BY {column} {direction}, t.ticket_no"
        " LIMIT %(limit)s"
    )


def bench_queue(store_code: str, search: str = "", sort_key: str = "due",
                descending: bool = False, limit: int = 50) -> list[dict]:
    params = {
        "store": store_code,
        "needle": f"%{search.strip()}%",
        "limit": min(int(limit), 200),
    }
    with psycopg.connect(settings.DATABASE_DSN, row_factory=dict_row) as conn:
        with conn.cursor() as cur:
            cur.execute(build_queue_query(sort_key, descending), params)
            return cur.fetchall()
