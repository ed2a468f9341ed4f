"""Occupancy / ADR / RevPAR report for the group dashboard (psycopg2)."""
from datetime import date

from psycopg2 import sql

GROUPINGS = {
    "day": "stay_date",
    "room_type": "room_type_code",
    "segment": "market_segment",
    "channel": "source_channel",
}


def build_query(group_by: str, property_count: int) -> sql.Composed:
    column = GROUPINGS.get(group_by)
    if column is None:
        raise ValueError(f"unsupported grouping {group_by!r}")
    placeholders = sql.SQL(", ").join(sql.Placeholder() * property_count)
    return sql.SQL(
        """
        SELECT {col} AS bucket,
               SUM(rooms_sold)::float / NULLIF(SUM(rooms_available), 0) AS occupancy,
               SUM(room_revenue) / NULLIF(SUM(rooms_sold), 0)           AS adr,
               SUM(room_revenue) / NULLIF(SUM(rooms_available), 0)      AS revpar
          FROM daily_stats
         WHERE property_code IN ({props})
           AND stay_date BETWEEN %s AND %s
         GROUP BY {col}
         ORDER BY {col}
        """
    ).format(col=sql.Identifier(column), props=placeholders)


def occupancy_report(conn, properties: list[str], start: date, end: date, group_by: str = "day") -> list[dict]:
    if not properties:
        return []
    query = build_query(group_by, len(properties))
    with conn.cursor() as cur:
        cur.execute(query, [*properties, start, end])
        cols = [d.name for d in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]
