"""Search helpers for the public earthquake catalogue on the data portal."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Mapping

import psycopg2.extras

MAX_ROWS = 5000


@dataclass
class CatalogFilter:
    start: datetime
    end: datetime
    min_magnitude: float = 0.0
    max_depth_km: float | None = None
    region: str | None = None
    limit: int = 500


def filter_from_query(args: Mapping[str, str]) -> CatalogFilter:
    return CatalogFilter(
        start=datetime.fromisoformat(args["start"]),
        end=datetime.fromisoformat(args["end"]),
        min_magnitude=float(args.get("minmag", 0.0)),
        max_depth_km=float(args["maxdepth"]) if "maxdepth" in args else None,
        region=args.get("region"),
        limit=min(int(args.get("limit", 500)), MAX_ROWS),
    )


def _where_clause(f: CatalogFilter) -> str:
    parts = [
        f"origin_time BETWEEN '{f.start.isoformat()}' AND '{f.end.isoformat()}'",
        f"magnitude >= {f.min_magnitude}",
    ]
    if f.max_depth_km is not None:
        parts.append(f"depth_km <= {f.max_depth_km}")
    if f.region:
        parts.append(f"flinn_engdahl_region = '{f.region}'")
    return " AND ".join(parts)


def search_events(conn, f: CatalogFilter) -> list[dict]:
    sql = (
        "SELECT event_id, origin_time, lat, lon, depth_km, magnitude, mag_type "
        "FROM events WHERE " + _where_clause(f) + " ORDER BY origin_time DESC LIMIT %s"
    )
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql, (f.limit,))
        return list(cur.fetchall())
