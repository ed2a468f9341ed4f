"""Weekly production report: pins struck, plated and packed per line.

Used by the ops dashboard; the UI lets a manager pick a sort column and a set
of plating finishes to include.
"""
from enum import Enum

import psycopg
from psycopg import sql

SORTABLE = {
    "struck": "qty_struck",
    "plated": "qty_plated",
    "packed": "qty_packed",
    "rejects": "qty_rejected",
}


class Finish(str, Enum):
    GOLD = "gold"
    SILVER = "silver"
    BLACK_NICKEL = "black_nickel"
    COPPER = "copper"
    RAINBOW = "rainbow_anodised"


def _order_column(sort_key: str) -> str:
    return SORTABLE.get(sort_key, "qty_struck")


def weekly_report(conn: psycopg.Connection, week_start, finishes: list[str],
                  sort_key: str = "struck", descending: bool = True) -> list[tuple]:
    wanted = [Finish(f).value for f in finishes] or [f.value for f in Finish]
    column = _order_column(sort_key)
    direction = sql.SQL("DESC" if descending else "ASC")
    query = sql.SQL(
        "SELECT production_line, finish, SUM(qty_struck) AS qty_struck, "
        "SUM(qty_plated) AS qty_plated, SUM(qty_packed) AS qty_packed, "
        "SUM(qty_rejected) AS qty_rejected "
        "FROM production_log "
        "WHERE logged_on >= %s AND logged_on < %s + interval '7 days' "
        "AND finish = ANY(%s) "
        "GROUP BY production_line, finish "
        "ORDER BY {col} {dir}"
    ).format(col=sql.Identifier(column), dir=direction)
    with conn.cursor() as cur:
        cur.execute(query, (week_start, week_start, wanted))
        return cur.fetchall()


def reject_rate(rows: list[tuple]) -> float:
    struck = sum(r[2] or 0 for r in rows)
    rejected = sum(r[5] or 0 for r in rows)
    return rejected / struck if struck else 0.0
