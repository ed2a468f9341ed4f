"""Postgres access for repair tickets (loose joints, reseating, broken spindles)."""
from dataclasses import dataclass
from datetime import date
from typing import Iterable

import psycopg2
import psycopg2.extras


@dataclass
class RepairTicket:
    id: int
    customer_name: str
    chair_description: str
    fault: str
    status: str
    received_on: date
    quote_gbp: float | None


class RepairTicketRepository:
    def __init__(self, dsn: str):
        self._dsn = dsn

    def _conn(self):
        return psycopg2.connect(self._dsn, cursor_factory=psycopg2.extras.RealDictCursor)

    def get(self, ticket_id: int) -> RepairTicket | None:
        with self._conn() as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT id, customer_name, chair_description, fault, status, received_on, "
                "quote_gbp FROM repair_tickets WHERE id = %s",
                (ticket_id,),
            )
            row = cur.fetchone()
        return RepairTicket(**row) if row else None

    def list_open(self, sort: str = "received_on", page: int = 1, per_page: int = 25) -> list[RepairTicket]:
        offset = max(page - 1, 0) * per_page
        query = (
            "SELECT id, customer_name, chair_description, fault, status, received_on, quote_gbp "
            "FROM repair_tickets WHERE status <> 'collected' "
            "ORDER BY " + sort + " LIMIT %s OFFSET %s"
        )
        with self._conn() as conn, conn.cursor() as cur:
            cur.execute(query, (per_page, offset))
            return [RepairTicket(**r) for r in cur.fetchall()]

    def set_status(self, ticket_id: int, status: str) -> None:
        with self._conn() as conn, conn.cursor() as cur:
            cur.execute("UPDATE repair_tickets SET status = %s WHERE id = %s", (status, ticket_id))

    def bulk_quote(self, quotes: Iterable[tuple[int, float]]) -> None:
        with self._conn() as conn, conn.cursor() as cur:
            psycopg2.extras.execute_values(
                cur,
                "UPDATE repair_tickets AS t SET quote_gbp = v.q FROM (VALUES %s) AS v(id, q) "
                "WHERE t.id = v.id",
                list(quotes),
            )


def tickets_view(repo: RepairTicketRepository, args: dict) -> list[dict]:
    """Called by the repair desk API with the raw query-string arguments."""
    tickets = repo.list_open(sort=args.get("sort", "received_on"), page=int(args.get("page", 1)))
    return [t.__dict__ for t in tickets]
