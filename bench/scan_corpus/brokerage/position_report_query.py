"""Back-office position report: sortable, filterable view over end-of-day positions."""
from datetime import date

from psycopg2 import sql

SORTABLE = {
    "symbol": "symbol",
    "market_value": "market_value",
    "quantity": "quantity",
    "unrealized": "unrealized_pnl",
}


def build_report_query(sort_key: str, descending: bool) -> sql.Composed:
    column = SORTABLE.get(sort_key, "symbol")
    direction = sql.SQL("DESC") if descending else sql.SQL("ASC")
    return sql.SQL(
        "SELECT account_id, symbol, quantity, market_value, unrealized_pnl "
        "FROM eod_positions "
        "WHERE as_of = %(as_of)s AND (%(branch)s IS NULL OR branch_code = %(branch)s) "
        "ORDER BY {col} {dir} LIMIT %(limit)s"
    ).format(col=sql.Identifier(column), dir=direction)


def position_report(conn, as_of: date, branch: str | None, sort_key: str = "symbol",
                    descending: bool = False, limit: int = 1000) -> list[tuple]:
    query = build_report_query(sort_key, descending)
    with conn.cursor() as cur:
        cur.execute(query, {"as_of": as_of, "branch": branch, "limit": min(limit, 10_000)})
        return cur.fetchall()
