"""Staff view of the sharpening queue, sortable by the columns shown in the table."""
from enum import Enum
from typing import Optional

import psycopg
from psycopg.rows import dict_row


class SortColumn(str, Enum):
    received = "received_at"
    due = "due_date"
    customer = "customer_name"
    knives = "knife_count"


SORT_DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


class SharpeningScheduleRepo:
    def __init__(self, dsn: str):
        self.dsn = dsn

    def queue(
        self,
        sort: str = "due",
        direction: str = "asc",
        technician_id: Optional[int] = None,
    ) -> list[dict]:
        try:
            column = SortColumn[sort].value
        except KeyError:
            column = SortColumn.due.value
        order = SORT_DIRECTIONS.get(direction.lower(), "ASC")
        sql = (
            "SELECT id, customer_name, knife_count, received_at, due_date, technician_id "
            "FROM sharpening_bookings WHERE status = 'queued' "
            "AND (%(tech)s::int IS NULL OR technician_id = %(tech)s) "
            f"ORDER BY {column} {order}, id"
        )
        with psycopg.connect(self.dsn, row_factory=dict_row) as conn:
            return conn.execute(sql, {"tech": technician_id}).fetchall()

    def assign(self, booking_id: int, technician_id: int) -> None:
        with psycopg.connect(self.dsn) as conn:
            conn.execute(
                "UPDATE sharpening_bookings SET technician_id = %s WHERE id = %s",
                (technician_id, booking_id),
            )


def queue_from_request(repo: SharpeningScheduleRepo, args: dict) -> list[dict]:
    tech = args.get("tech")
    return repo.queue(args.get("sort", "due"), args.get("dir", "asc"), int(tech) if tech else None)
