"""Repository for repair tickets (regulation, restringing, soundboard and neck repairs)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Optional

import psycopg
from psycopg import sql
from psycopg.rows import class_row

SORTABLE = {"opened_on", "promised_by", "customer_name", "status"}


@dataclass
class RepairTicket:
    id: int
    tracking_code: str
    customer_name: str
    instrument: str
    status: str
    opened_on: date
    promised_by: Optional[date]


class RepairTicketRepository:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    def _connect(self) -> psycopg.Connection:
        return psycopg.connect(self._conninfo)

    def get(self, ticket_id: int) -> Optional[RepairTicket]:
        with self._connect() as conn, conn.cursor(row_factory=class_row(RepairTicket)) as cur:
            cur.execute(
                "SELECT id, tracking_code, customer_name, instrument, status, opened_on, "
                "promised_by FROM repair_tickets WHERE id = %s",
                (ticket_id,),
            )
            return cur.fetchone()

    def search(
        self, customer: str = "", status: Optional[str] = None, sort: str = "opened_on"
    ) -> list[RepairTicket]:
        if sort not in SORTABLE:
            sort = "opened_on"
        query = sql.SQL(
            "SELECT id, tracking_code, customer_name, instrument, status, opened_on, promised_by "
            "FROM repair_tickets WHERE customer_name ILIKE %(customer)s "
            "AND (%(status)s::text IS NULL OR status = %(status)s) ORDER BY {} LIMIT 100"
        ).format(sql.Identifier(sort))
        params = {"customer": f"%{customer}%", "status": status}
        with self._connect() as conn, conn.cursor(row_factory=class_row(RepairTicket)) as cur:
            cur.execute(query, params)
            return cur.fetchall()

    def set_status(self, ticket_id: int, status: str, note: str = "") -> bool:
        with self._connect() as conn:
            cur = conn.execute(
                "UPDATE repair_tickets SET status = %s WHERE id = %s", (status, ticket_id)
            )
            if cur.rowcount:
                conn.execute(
                    "INSERT INTO repair_ticket_events (ticket_id, status, note) "
                    "VALUES (%s, %s, %s)",
                    (ticket_id, status, note),
                )
            return cur.rowcount == 1

    def overdue(self, today: date) -> list[RepairTicket]:
        with self._connect() as conn, conn.cursor(row_factory=class_row(RepairTicket)) as cur:
            cur.execute(
                "SELECT id, tracking_code, customer_name, instrument, status, opened_on, "
                "promised_by FROM repair_tickets WHERE promised_by < %s "
                "AND status NOT IN ('ready', 'collected') ORDER BY promised_by",
                (today,),
            )
            return cur.fetchall()
