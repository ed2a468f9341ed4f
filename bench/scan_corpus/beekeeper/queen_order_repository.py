"""Persistence for queen rearing orders.

Orders for mated and virgin queens are taken through the season; the rearing
calendar decides when each batch of grafts can fill them.
"""
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

ORDERS_TABLE = "queen_orders"
ORDER_FIELDS = "id, customer_id, line_name, quantity, mated, wanted_by, status"


@dataclass
class QueenOrder:
    id: int
    customer_id: int
    line_name: str
    quantity: int
    mated: bool
    wanted_by: date
    status: str


class QueenOrderRepository:
    def __init__(self, session: Session):
        self.session = session

    def by_status(self, status: str, line_name: str | None = None) -> list[QueenOrder]:
        stmt = text(
            f"SELECT {ORDER_FIELDS} FROM {ORDERS_TABLE} "
            "WHERE status = :status "
            "AND (:line_name IS NULL OR line_name = :line_name) "
            "ORDER BY wanted_by"
        )
        rows = self.session.execute(stmt, {"status": status, "line_name": line_name})
        return [QueenOrder(**row._mapping) for row in rows]

    def due_before(self, cutoff: date) -> list[QueenOrder]:
        stmt = text(
            f"SELECT {ORDER_FIELDS} FROM {ORDERS_TABLE} "
            "WHERE wanted_by <= :cutoff AND status IN ('open', 'grafted') "
            "ORDER BY wanted_by"
        )
        return [QueenOrder(**row._mapping) for row in self.session.execute(stmt, {"cutoff": cutoff})]

    def set_status(self, order_id: int, status: str) -> None:
        self.session.execute(
            text(f"UPDATE {ORDERS_TABLE} SET status = :status WHERE id = :id"),
            {"status": status, "id": order_id},
        )
        self.session.commit()
