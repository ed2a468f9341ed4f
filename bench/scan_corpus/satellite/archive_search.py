"""Archive catalogue search used by the customer portal and the public API."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import psycopg
from psycopg.rows import dict_row

SORTABLE = {"acquired": "acquired_at", "cloud": "cloud_cover", "gsd": "gsd_m"}


@dataclass
class SearchParams:
    bbox: tuple[float, float, float, float]
    start: date
    end: date
    max_cloud: float = 20.0
    sensors: list[str] = field(default_factory=list)
    sort: str = "acquired"
    limit: int = 100


def build_query(p: SearchParams) -> tuple[str, list]:
    where = [
        "footprint && ST_MakeEnvelope(%s, %s, %s, %s, 4326)",
        "acquired_at BETWEEN %s AND %s",
        "cloud_cover <= %s",
    ]
    args: list = [*p.bbox, p.start, p.end, p.max_cloud]
    if p.sensors:
        quoted = ", ".join(f"'{s}'" for s in p.sensors)
        where.append(f"sensor IN ({quoted})")
    order = SORTABLE.get(p.sort, "acquired_at")
    sql = (
        "SELECT scene_id, sensor, acquired_at, cloud_cover, gsd_m, "
        "ST_AsGeoJSON(footprint) AS footprint FROM scenes WHERE "
        + " AND ".join(where)
        + f" ORDER BY {order} DESC LIMIT %s"
    )
    args.append(min(p.limit, 1000))
    return sql, args


def run_search(dsn: str, p: SearchParams) -> list[dict]:
    sql, args = build_query(p)
    with psycopg.connect(dsn) as conn, conn.cursor(row_factory=dict_row) as cur:
        cur.execute(sql, args)
        return cur.fetchall()
