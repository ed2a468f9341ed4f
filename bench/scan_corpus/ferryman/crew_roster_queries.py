"""Roster listing for the operations office.

Duty managers browse the published crew roster by date range and can sort
the table by any of the visible columns, for example to see who has the
most hours this week before approving a shift swap.
"""
import os
from datetime import date
from enum import Enum

import psycopg
from psycopg.rows import dict_row


class RosterSort(str, Enum):
    SHIFT_START = "shift_start"
    CREW_NAME = "crew_name"
    VESSEL = "vessel"
    HOURS = "hours"


SORT_COLUMNS = {
    RosterSort.SHIFT_START: "r.starts_at",
    RosterSort.CREW_NAME: "c.surname, c.first_name",
    RosterSort.VESSEL: "v.vessel_name",
    RosterSort.HOURS: "EXTRACT(EPOCH FROM (r.ends_at - r.starts_at)) / 3600",
}


def roster_between(
    start: date,
    end: date,
    role: str | None = None,
    sort: str = "shift_start",
    descending: bool = False,
) -> list[dict]:
    try:
        order_expr = SORT_COLUMNS[RosterSort(sort)]
    except ValueError:
        order_expr = SORT_COLUMNS[RosterSort.SHIFT_START]
    direction = "DESC" if descending else "ASC"

    sql = f"""
        SELECT r.id, c.first_name, c.surname, c.role, v.vessel_name,
               r.starts_at, r.ends_at
        FROM roster_shifts r
        JOIN crew_members c ON c.id = r.crew_id
        JOIN vessels v ON v.id = r.vessel_id
        WHERE r.starts_at::date BETWEEN %(start)s AND %(end)s
          AND (%(role)s::text IS NULL OR c.role = %(role)s)
        ORDER BY {order_expr} {direction}
    """
    with psycopg.connect(os.environ["CREW_PORTAL_DSN"], row_factory=dict_row) as conn:
        return conn.execute(sql, {"start": start, "end": end, "role": role}).fetchall()


def hours_by_crew(start: date, end: date) -> dict[int, float]:
    with psycopg.connect(os.environ["CREW_PORTAL_DSN"]) as conn:
        rows = conn.execute(
            "SELECT crew_id, SUM(EXTRACT(EPOCH FROM (ends_at - starts_at)) / 3600) "
            "FROM roster_shifts WHERE starts_at::date BETWEEN %s AND %s GROUP BY crew_id",
            (start, end),
        ).fetchall()
    return {crew_id: float(hours) for crew_id, hours in rows}
