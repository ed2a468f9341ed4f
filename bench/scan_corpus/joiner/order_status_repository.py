"""Order status lookups for the trade API.

Builders poll several of their orders at once by reference, e.g.
GET /orders/status?refs=JN-2024-0113,JN-2024-0127
"""
from dataclasses import dataclass
from datetime import date

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.engine import Engine

from .db import get_engine
from .auth import trade_account

router = APIRouter()


@dataclass
class OrderStatus:
    reference: str
    product: str
    status: str
    delivery_date: date | None


class OrderStatusRepository:
    def __init__(self, engine: Engine):
        self.engine = engine

    def by_references(self, account_id: int, refs: list[str]) -> list[OrderStatus]:
        if not refs:
            return []
        in_list = ", ".join(f"'{ref}'" for ref in refs)
        stmt = text(
            "SELECT reference, product, status, delivery_date FROM orders "
            f"WHERE trade_account_id = :account AND reference IN ({in_list}) "
            "ORDER BY reference"
        )
        with self.engine.connect() as conn:
            rows = conn.execute(stmt, {"account": account_id}).all()
        return [OrderStatus(*row) for row in rows]


def get_repository(engine: Engine = Depends(get_engine)) -> OrderStatusRepository:
    return OrderStatusRepository(engine)


@router.get("/orders/status")
def order_status(
    refs: str = Query(..., max_length=2000),
    account_id: int = Depends(trade_account),
    repo: OrderStatusRepository = Depends(get_repository),
):
    wanted = [r.strip().upper() for r in refs.split(",") if r.strip()]
    return [
        {
            "reference": o.reference,
            "product": o.product,
            "status": o.status,
            "delivery_date": o.delivery_date.isoformat() if o.delivery_date else None,
        }
        for o in repo.by_references(account_id, wanted[:50])
    ]
