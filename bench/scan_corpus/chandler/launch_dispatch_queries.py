"""Queries behind the launch dispatch board: which deliveries go out on
which launch, and to which anchorage, for a given tide window.
"""
from datetime import datetime

from sqlalchemy import Column, DateTime, Integer, MetaData, String, Table, and_, select
from sqlalchemy.engine import Connection

metadata = MetaData()

deliveries = Table(
    "deliveries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("order_ref", String(20)),
    Column("vessel_name", String(120)),
    Column("anchorage", String(40)),
    Column("launch_code", String(10)),
    Column("departs_at", DateTime(timezone=True)),
    Column("pallets", Integer),
    Column("status", String(16)),
)


def deliveries_for_window(
    conn: Connection, start: datetime, end: datetime, launch_code: str | None = None
) -> list[dict]:
    conditions = [deliveries.c.departs_at >= start, deliveries.c.departs_at < end]
    if launch_code:
        conditions.append(deliveries.c.launch_code == launch_code)
    stmt = select(deliveries).where(and_(*conditions)).order_by(deliveries.c.departs_at)
    return [dict(r._mapping) for r in conn.execute(stmt)]


def find_by_vessel(conn: Connection, name_fragment: str, limit: int = 25) -> list[dict]:
    pattern = f"%{name_fragment.strip()}%"
    stmt = (
        select(deliveries.c.order_ref, deliveries.c.vessel_name, deliveries.c.status)
        .where(deliveries.c.vessel_name.ilike(pattern))
        .order_by(deliveries.c.departs_at.desc())
        .limit(limit)
    )
    return [dict(r._mapping) for r in conn.execute(stmt)]


def assign_launch(conn: Connection, delivery_ids: list[int], launch_code: str) -> int:
    stmt = (
        deliveries.update()
        .where(deliveries.c.id.in_(delivery_ids))
        .values(launch_code=launch_code, status="assigned")
    )
    return conn.execute(stmt).rowcount
