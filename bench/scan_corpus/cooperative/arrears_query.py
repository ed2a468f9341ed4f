"""Arrears listing for the property manager, with sortable columns."""
from datetime import date

from psycopg2 import sql

from coopsys.db import get_connection

SORTABLE = {
    "unit": "unit_code",
    "balance": "balance_cents",
    "days": "days_overdue",
    "member": "member_name",
}
DIRECTIONS = {"asc": sql.SQL("ASC"), "desc": sql.SQL("DESC")}


def build_arrears_query(sort: str, direction: str) -> sql.Composed:
    column = SORTABLE.get(sort, "days_overdue")
    order = DIRECTIONS.get(direction.lower(), DIRECTIONS["desc"])
    return sql.SQL(
        "SELECT unit_code, member_name, balance_cents, days_overdue "
        "FROM arrears_view "
        "WHERE building_id = %s AND as_of = %s AND balance_cents >= %s "
        "ORDER BY {} {}"
    ).format(sql.Identifier(column), order)


def list_arrears(building_id: int, as_of: date, *, min_balance_cents: int = 0,
                 sort: str = "days", direction: str = "desc") -> list[dict]:
    query = build_arrears_query(sort, direction)
    with get_connection() as conn, conn.cursor() as cur:
        cur.execute(query, (building_id, as_of, min_balance_cents))
        cols = [c.name for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]
