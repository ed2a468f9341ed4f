"""Sailing lookup queries for the timetable admin screens (psycopg2).

Sort column and direction come from the grid component, so they are mapped
through an allow-list and composed as identifiers; all values are passed as
query parameters.
"""
from datetime import date
from typing import Any, Dict, List

from psycopg2 import sql
from psycopg2.extras import RealDictCursor

SORTABLE = {
    "departs": "departs_at",
    "route": "route_code",
    "vessel": "vessel_code",
    "load": "vehicle_load_pct",
}
DIRECTIONS = {"asc": sql.SQL("ASC"), "desc": sql.SQL("DESC")}


def sailings_between(conn, start: date, end: date, route: str | None = None,
                     sort: str = "departs", direction: str = "asc") -> List[Dict[str, Any]]:
    column = SORTABLE.get(sort, "departs_at")
    order = DIRECTIONS.get(direction.lower(), DIRECTIONS["asc"])

    conditions = [sql.SQL("departs_at::date BETWEEN %s AND %s")]
    params: list = [start, end]
    if route:
        conditions.append(sql.SQL("route_code = %s"))
        params.append(route)

    query = sql.SQL(
        "SELECT id, route_code, vessel_code, departs_at, vehicle_load_pct "
        "FROM sailings WHERE {where} ORDER BY {column} {order}"
    ).format(
        where=sql.SQL(" AND ").join(conditions),
        column=sql.Identifier(column),
        order=order,
    )
    with conn.cursor(cursor_factory=RealDictCursor) as cur:
        cur.execute(query, params)
        return cur.fetchall()
