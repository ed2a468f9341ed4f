"""Read queries behind the kiln booking calendar used by studio renters."""

from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Connection

SORT_COLUMNS = {
    "start": "kb.starts_at",
    "kiln": "k.name",
    "renter": "r.display_name",
    "peak": "kb.peak_temperature_c",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}

BASE_SQL = """
    SELECT kb.id, k.name AS kiln, r.display_name AS renter, kb.starts_at,
           kb.ends_at, kb.program, kb.peak_temperature_c
    FROM kiln_bookings kb
    JOIN kilns k ON k.id = kb.kiln_id
    JOIN renters r ON r.id = kb.renter_id
    WHERE kb.starts_at::date BETWEEN :first AND :last
"""


def _order_clause(sort: str, direction: str) -> str:
    column = SORT_COLUMNS.get(sort, SORT_COLUMNS["start"])
    order = DIRECTIONS.get(direction.lower(), "ASC")
    return f" ORDER BY {column} {order}, kb.id"


def bookings_between(
    conn: Connection,
    first: date,
    last: date,
    kiln_name: str | None = None,
    sort: str = "start",
    direction: str = "asc",
) -> list[dict]:
    sql = BASE_SQL
    params = {"first": first, "last": last}
    if kiln_name:
        sql += " AND k.name = :kiln_name"
        params["kiln_name"] = kiln_name
    sql += _order_clause(sort, direction)
    return [dict(row) for row in conn.execute(text(sql), params).mappings()]


def renter_hours(conn: Connection, renter_id: int, month_start: date, month_end: date) -> float:
    row = conn.execute(
        text(
            "SELECT COALESCE(SUM(EXTRACT(EPOCH FROM ends_at - starts_at)) / 3600, 0) "
            "FROM kiln_bookings WHERE renter_id = :rid "
            "AND starts_at::date BETWEEN :first AND :last"
        ),
        {"rid": renter_id, "first": month_start, "last": month_end},
    ).one()
    return float(row[0])
