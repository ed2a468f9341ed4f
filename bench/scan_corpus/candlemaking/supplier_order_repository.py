"""Data access for purchase orders placed with our wax and wick suppliers."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.engine import Engine

PO_HEADER = text(
    "SELECT po.id, po.reference, s.name AS supplier, po.ordered_on, po.status "
    "FROM purchase_orders po JOIN suppliers s ON s.id = po.supplier_id "
    "WHERE po.reference = :reference"
)
PO_LINES = text(
    "SELECT sku, description, quantity, unit, unit_cost "
    "FROM purchase_order_lines WHERE purchase_order_id = :po_id ORDER BY id"
)
OPEN_FOR_SUPPLIER = text(
    "SELECT po.reference FROM purchase_orders po JOIN suppliers s ON s.id = po.supplier_id "
    "WHERE s.name = :supplier AND po.status IN ('sent', 'confirmed') ORDER BY po.ordered_on"
)


@dataclass
class PurchaseOrderLine:
    sku: str
    description: str
    quantity: Decimal
    unit: str
    unit_cost: Decimal


@dataclass
class PurchaseOrder:
    reference: str
    supplier: str
    ordered_on: date
    status: str
    lines: list[PurchaseOrderLine]


class PurchaseOrderRepository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def get(self, reference: str) -> PurchaseOrder | None:
        with self.engine.connect() as conn:
            header = conn.execute(PO_HEADER, {"reference": reference.strip().upper()}).mappings().first()
            if header is None:
                return None
            lines = conn.execute(PO_LINES, {"po_id": header["id"]}).mappings().all()
        return PurchaseOrder(
            reference=header["reference"],
            supplier=header["supplier"],
            ordered_on=header["ordered_on"],
            status=header["status"],
            lines=[PurchaseOrderLine(**dict(line)) for line in lines],
        )

    def open_references(self, supplier_name: str) -> list[str]:
        with self.engine.connect() as conn:
            return list(conn.execute(OPEN_FOR_SUPPLIER, {"supplier": supplier_name}).scalars())
