"""Berth occupancy report: hours alongside per berth, sortable by the planner's chosen column."""
from datetime import date

from psycopg import sql
from psycopg.rows import dict_row

SORTABLE = {
    "berth": "berth",
    "hours": "hours_alongside",
    "calls": "call_count",
}

_REPORT = sql.SQL(
    """
    SELECT berth,
           COUNT(*) AS call_count,
           SUM(EXTRACT(EPOCH FROM (atd - ata)) / 3600) AS hours_alongside
      FROM vessel_calls
     WHERE terminal_code = %(terminal)s
       AND ata >= %(start)s AND atd < %(end)s
     GROUP BY berth
     ORDER BY {order_col} {direction}
    """
)


def build_report_query(sort_key: str, descending: bool) -> sql.Composed:
    column = SORTABLE.get(sort_key, "berth")
    direction = sql.SQL("DESC") if descending else sql.SQL("ASC")
    return _REPORT.format(order_col=sql.Identifier(column), direction=direction)


def occupancy(conn, terminal: str, start: date, end: date, sort_key: str = "berth", descending: bool = False):
    query = build_report_query(sort_key, descending)
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(query, {"terminal": terminal, "start": start, "end": end})
        return cur.fetchall()
