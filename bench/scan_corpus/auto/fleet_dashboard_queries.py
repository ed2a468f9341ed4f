"""Queries behind the fleet dashboard vehicle table (sortable, paginated)."""
from __future__ import annotations

from psycopg2 import sql
from psycopg2.extras import RealDictCursor

SORTABLE_COLUMNS = {
    "vin": "vin",
    "soc": "state_of_charge",
    "odometer": "odometer_km",
    "last_seen": "last_seen_at",
}
PAGE_SIZE = 50


def build_vehicle_page_query(sort_key: str, descending: bool) -> sql.Composed:
    column = SORTABLE_COLUMNS.get(sort_key, "vin")
    direction = sql.SQL("DESC") if descending else sql.SQL("ASC")
    return sql.SQL(
        "SELECT vin, model, state_of_charge, odometer_km, last_seen_at "
        "FROM vehicles WHERE fleet_id = %s AND (%s IS NULL OR model = %s) "
        "ORDER BY {col} {dir} LIMIT %s OFFSET %s"
    ).format(col=sql.Identifier(column), dir=direction)


def vehicle_page(conn, fleet_id: str, page: int, sort_key: str = "vin",
                 descending: bool = False, model: str | None = None) -> list[dict]:
    query = build_vehicle_page_query(sort_key, descending)
    params = (fleet_id, model, model, PAGE_SIZE, max(page, 0) * PAGE_SIZE)
    with conn.cursor(cursor_factory=RealDictCursor) as cur:
        cur.execute(query, params)
        return list(cur.fetchall())
