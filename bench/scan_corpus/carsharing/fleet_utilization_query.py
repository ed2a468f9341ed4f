"""Fleet utilisation report for the ops dashboard.

Supports filtering by city and vehicle class and sorting by a handful of
columns picked in the UI.
"""
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Connection

SORT_COLUMNS = {
    "utilisation": "utilisation_pct",
    "revenue": "revenue_cents",
    "trips": "trip_count",
    "idle": "idle_hours",
}


def build_query(sort: str = "utilisation", descending: bool = True, with_class: bool = False):
    order_col = SORT_COLUMNS.get(sort, "utilisation_pct")
    direction = "DESC" if descending else "ASC"
    class_filter = "AND v.vehicle_class = :vehicle_class" if with_class else ""
    return text(f"""
        SELECT v.id, v.plate, v.vehicle_class,
               COUNT(t.id) AS trip_count,
               COALESCE(SUM(t.amount_cents), 0) AS revenue_cents,
               ROUND(100.0 * COALESCE(SUM(t.duration_min), 0) / (:days * 24 * 60), 1) AS utilisation_pct,
               :days * 24 - COALESCE(SUM(t.duration_min), 0) / 60.0 AS idle_hours
        FROM vehicles v
        LEFT JOIN trips t ON t.vehicle_id = v.id
             AND t.started_at >= :start AND t.started_at < :end
        WHERE v.city_id = :city_id {class_filter}
        GROUP BY v.id, v.plate, v.vehicle_class
        ORDER BY {order_col} {direction}
        LIMIT :limit
    """)


def utilisation(conn: Connection, city_id: int, start: date, end: date,
                vehicle_class: str | None = None, sort: str = "utilisation",
                descending: bool = True, limit: int = 100) -> list[dict]:
    params = {
        "city_id": city_id, "start": start, "end": end,
        "days": max((end - start).days, 1), "limit": min(limit, 1000),
    }
    if vehicle_class:
        params["vehicle_class"] = vehicle_class
    query = build_query(sort, descending, with_class=bool(vehicle_class))
    return [dict(r._mapping) for r in conn.execute(query, params)]
