"""Downtime report for the maintenance dashboard, sortable by column."""
from datetime import date

from psycopg import sql
from psycopg.rows import dict_row

SORTABLE = {
    "ride": "ride_code",
    "minutes": "downtime_minutes",
    "events": "event_count",
    "last": "last_event_at",
}


def build_query(sort_key: str, descending: bool) -> sql.Composed:
    column = SORTABLE.get(sort_key, "downtime_minutes")
    direction = sql.SQL("DESC" if descending else "ASC")
    return sql.SQL(
        "SELECT ride_code, sum(minutes) AS downtime_minutes, count(*) AS event_count, "
        "max(started_at) AS last_event_at "
        "FROM ride_downtime_events "
        "WHERE started_at >= %(start)s AND started_at < %(end)s "
        "AND (%(area)s::text IS NULL OR area = %(area)s) "
        "GROUP BY ride_code ORDER BY {col} {dir}"
    ).format(col=sql.Identifier(column), dir=direction)


def downtime_report(conn, start: date, end: date, area: str | None = None,
                    sort_key: str = "minutes", descending: bool = True) -> list[dict]:
    query = build_query(sort_key, descending)
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(query, {"start": start, "end": end, "area": area})
        return cur.fetchall()
