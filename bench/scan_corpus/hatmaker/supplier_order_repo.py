"""Purchase orders to felt and straw suppliers."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass
class PurchaseOrderLine:
    sku: str
    description: str
    quantity: int
    unit_price: Decimal


@dataclass
class PurchaseOrder:
    reference: str
    supplier: str
    status: str
    ordered_on: dt.date
    lines: list[PurchaseOrderLine]


class SupplierOrderRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def search(self, supplier: Optional[str] = None, status: Optional[str] = None) -> list[dict]:
        stmt = text(
            "SELECT reference, supplier, status, ordered_on, total"
            " FROM purchase_orders"
            " WHERE (:supplier IS NULL OR supplier = :supplier)"
            " AND (:status IS NULL OR status = :status)"
            " ORDER BY ordered_on DESC LIMIT 200"
        )
        with self._engine.connect() as conn:
            result = conn.execute(stmt, {"supplier": supplier, "status": status})
            return [dict(row._mapping) for row in result]

    def get(self, reference: str) -> Optional[PurchaseOrder]:
        with self._engine.connect() as conn:
            head = conn.execute(
                text(
                    "SELECT reference, supplier, status, ordered_on FROM purchase_orders"
                    " WHERE reference = :ref"
                ),
                {"ref": reference},
            ).first()
            if head is None:
                return None
            lines = conn.execute(
                text(
                    "SELECT sku, description, quantity, unit_price FROM purchase_order_lines"
                    " WHERE reference = :ref ORDER BY line_no"
                ),
                {"ref": reference},
            ).all()
        return PurchaseOrder(*head, lines=[PurchaseOrderLine(*line) for line in lines])

    def mark_dispatched(self, reference: str, carrier: str, tracking: str) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                text(
                    "UPDATE purchase_orders SET status = 'dispatched', carrier = :carrier,"
                    " tracking_number = :tracking, dispatched_at = now() WHERE reference = :ref"
                ),
                {"carrier": carrier, "tracking": tracking, "ref": reference},
            )
