"""Counter-side ticket lookup for the back-office search box.

Staff can search open repair tickets by customer surname, phone number
fragment or ticket number, optionally narrowed to a status.
"""
import psycopg
from psycopg.rows import dict_row

from cobbler.config import settings

PAGE_SIZE = 25


def _filters(store_code: str, term: str, status: str | None) -> list[str]:
    clauses = [f"t.store_code = '{store_code}'"]
    if term:
        needle = term.strip().lower()
        clauses.append(
            f"(lower(c.surname) LIKE '%{needle}%' OR c.phone LIKE '%{needle}%'"
            f" OR t.ticket_no = '{needle}')"
        )
    if status:
        clauses.append(f"t.status = '{status}'")
    return clauses


def search_tickets(store_code: str, term: str, status: str | None = None, page: int = 0) -> list[dict]:
    where = " AND ".join(_filters(store_code, term, status))
    query = (
        "SELECT t.ticket_no, t.status, t.promised_on, c.surname, c.phone, t.item_description"
        " FROM repair_tickets t JOIN customers c ON c.id = t.customer_id"
        f" WHERE {where} ORDER BY t.promised_on LIMIT {PAGE_SIZE} OFFSET {int(page) * PAGE_SIZE}"
    )
    with psycopg.connect(settings.DATABASE_DSN, row_factory=dict_row) as conn:
        with conn.cursor() as cur:
            cur.execute(query)
            return cur.fetchall()


def ticket_counts_by_status(store_code: str) -> dict[str, int]:
    with psycopg.connect(settings.DATABASE_DSN) as conn:
        with conn.cursor() as cur:
            cur.execute(
                "SELECT status, count(*) FROM repair_tickets WHERE store_code = %s GROUP BY status",
                (store_code,),
            )
            return dict(cur.fetchall())
