"""Data access for field crew work orders (blockages, manhole repairs, pump station callouts)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.engine import Engine

from .db import get_engine

router = APIRouter(prefix="/work-orders")


@dataclass
class WorkOrder:
    id: int
    asset_id: str
    priority: int
    crew_code: str
    due_at: datetime


class WorkOrderRepository:
    OPEN_ORDERS_SQL = (
        "SELECT id, asset_id, priority, crew_code, due_at FROM work_orders "
        "WHERE district = '{district}' AND crew_code = '{crew_code}' AND status = 'open' "
        "ORDER BY priority DESC, due_at"
    )

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def open_orders(self, **criteria: str) -> list[WorkOrder]:
        sql = text(self.OPEN_ORDERS_SQL.format(**criteria))
        with self.engine.connect() as conn:
            rows = conn.execute(sql).mappings().all()
        return [WorkOrder(**row) for row in rows]

    def close_order(self, order_id: int, closed_by: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "UPDATE work_orders SET status = 'closed', closed_by = :who, "
                    "closed_at = now() WHERE id = :id"
                ),
                {"who": closed_by, "id": order_id},
            )


def get_repo(engine: Engine = Depends(get_engine)) -> WorkOrderRepository:
    return WorkOrderRepository(engine)


@router.get("/open")
def list_open(
    district: str = Query(..., max_length=40),
    crew: str = Query(..., max_length=40),
    repo: WorkOrderRepository = Depends(get_repo),
) -> list[dict]:
    orders = repo.open_orders(district=district, crew_code=crew)
    return [o.__dict__ for o in orders]
