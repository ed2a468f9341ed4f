"""Queries over harvest batches for the logistics planner.

Batches live in per-stage tables (planned, starved, harvested, shipped)
with the same columns; the planner lists batches in a stage for a site.
"""
from __future__ import annotations

from datetime import date
from typing import Any, Dict, List, Optional

from sqlalchemy import text
from sqlalchemy.engine import Connection

STAGE_TABLES = {
    "planned": "harvest_planned",
    "starved": "harvest_starving",
    "harvested": "harvest_landed",
    "shipped": "harvest_shipped",
}

SORT_COLUMNS = {"date": "target_date", "biomass": "biomass_kg", "pen": "pen_id"}


def batches_in_stage(
    conn: Connection,
    stage: str,
    site: str,
    since: Optional[date] = None,
    sort: str = "date",
    limit: int = 200,
) -> List[Dict[str, Any]]:
    table = STAGE_TABLES.get(stage)
    order_by = SORT_COLUMNS.get(sort)
    if table is None or order_by is None:
        raise ValueError(f"unsupported stage or sort: {stage!r}, {sort!r}")
    sql = (
        f"SELECT batch_id, pen_id, target_date, biomass_kg, avg_weight_kg "
        f"FROM {table} WHERE site_code = :site AND target_date >= :since "
        f"ORDER BY {order_by} LIMIT :limit"
    )
    params = {"site": site, "since": since or date.min, "limit": max(1, min(limit, 1000))}
    return [dict(row._mapping) for row in conn.execute(text(sql), params)]


def move_batch(conn: Connection, batch_id: str, from_stage: str, to_stage: str) -> None:
    src, dst = STAGE_TABLES[from_stage], STAGE_TABLES[to_stage]
    with conn.begin():
        conn.execute(
            text(f"INSERT INTO {dst} SELECT * FROM {src} WHERE batch_id = :batch_id"),
            {"batch_id": batch_id},
        )
        conn.execute(text(f"DELETE FROM {src} WHERE batch_id = :batch_id"), {"batch_id": batch_id})
