"""Repository for alteration tickets (relining, shortening, restyling, repairs)."""
from __future__ import annotations

from enum import Enum
from typing import Sequence

import psycopg2.extras


class TicketSort(str, Enum):
    DUE = "due"
    CREATED = "created"
    CUSTOMER = "customer"


SORT_COLUMNS = {
    TicketSort.DUE: "t.due_date",
    TicketSort.CREATED: "t.created_at",
    TicketSort.CUSTOMER: "c.full_name",
}

OPEN_STATES = ("received", "measured", "in_workroom", "awaiting_fitting")


class AlterationTicketRepo:
    def __init__(self, conn):
        self.conn = conn

    def list_open(self, furrier_ids: Sequence[int], sort: TicketSort = TicketSort.DUE,
                  descending: bool = False, limit: int = 100) -> list[dict]:
        if not furrier_ids:
            return []
        order_col = SORT_COLUMNS[TicketSort(sort)]
        direction = "DESC" if descending else "ASC"
        id_marks = ",".join(["%s"] * len(furrier_ids))
        state_marks = ",".join(["%s"] * len(OPEN_STATES))
        sql = (
            "SELECT t.id, t.garment_tag, t.work_type, t.state, t.due_date, c.full_name "
            "FROM alteration_tickets t JOIN customers c ON c.id = t.customer_id "
            f"WHERE t.assigned_furrier IN ({id_marks}) AND t.state IN ({state_marks}) "
            f"ORDER BY {order_col} {direction} LIMIT %s"
        )
        params = [*furrier_ids, *OPEN_STATES, limit]
        with self.conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(sql, params)
            return list(cur.fetchall())

    def search_by_tag(self, tag_prefix: str) -> list[dict]:
        with self.conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(
                "SELECT id, garment_tag, work_type, state FROM alteration_tickets "
                "WHERE garment_tag LIKE %s ORDER BY created_at DESC LIMIT 25",
                (tag_prefix.replace("%", r"\%").replace("_", r"\_") + "%",),
            )
            return list(cur.fetchall())

    def advance(self, ticket_id: int, new_state: str, by_user: int) -> None:
        with self.conn.cursor() as cur:
            cur.execute(
                "UPDATE alteration_tickets SET state = %s, updated_by = %s, "
                "updated_at = now() WHERE id = %s",
                (new_state, by_user, ticket_id),
            )
        self.conn.commit()
