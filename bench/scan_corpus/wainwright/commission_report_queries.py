"""Reporting queries for the commissions board in the office.

Lists open wagon and carriage commissions with sortable columns and an
optional filter on several build stages at once.
"""
from enum import Enum

import psycopg2
import psycopg2.extras


class SortColumn(str, Enum):
    REF = "c.commission_ref"
    CUSTOMER = "cu.surname"
    DUE = "c.due_date"
    VALUE = "c.quoted_value_pence"
    STAGE = "c.stage"


BASE_QUERY = """
    SELECT c.commission_ref, cu.surname, c.vehicle_type, c.stage,
           c.due_date, c.quoted_value_pence
      FROM commissions c
      JOIN customers cu ON cu.id = c.customer_id
     WHERE c.closed_at IS NULL
"""


def _order_clause(sort: str, descending: bool) -> str:
    try:
        column = SortColumn[sort.upper()].value
    except KeyError:
        column = SortColumn.DUE.value
    direction = "DESC" if descending else "ASC"
    return f" ORDER BY {column} {direction}, c.commission_ref"


def open_commissions(conn, stages: list[str] | None = None, vehicle_type: str | None = None,
                     sort: str = "due", descending: bool = False) -> list[dict]:
    sql = BASE_QUERY
    params: list = []
    if stages:
        placeholders = ", ".join(["%s"] * len(stages))
        sql += f" AND c.stage IN ({placeholders})"
        params.extend(stages)
    if vehicle_type:
        sql += " AND c.vehicle_type = %s"
        params.append(vehicle_type)
    sql += _order_clause(sort, descending)
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql, params)
        return [dict(row) for row in cur.fetchall()]


def overdue_count(conn) -> int:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT count(*) FROM commissions WHERE closed_at IS NULL AND due_date < now()"
        )
        (count,) = cur.fetchone()
    return count


if __name__ == "__main__":
    import os
    import sys

    with psycopg2.connect(os.environ["WAINWRIGHT_DSN"]) as connection:
        for row in open_commissions(connection, stages=sys.argv[1:] or None, sort="customer"):
            print(row["commission_ref"], row["surname"], row["stage"], row["due_date"])
