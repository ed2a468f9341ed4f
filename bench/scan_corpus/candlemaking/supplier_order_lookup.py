"""Purchase-order lookup for wax, wick and fragrance-oil supplier orders."""
from __future__ import annotations

import os
from datetime import date
from decimal import Decimal

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection

from purchasing.auth import require_staff

engine = create_engine(os.environ["PURCHASING_DATABASE_URL"], pool_pre_ping=True)
app = FastAPI(title="Purchasing")


class OrderLine(BaseModel):
    sku: str
    description: str
    quantity: Decimal
    unit: str
    unit_cost: Decimal


class PurchaseOrder(BaseModel):
    reference: str
    supplier: str
    ordered_on: date
    status: str
    lines: list[OrderLine]


def get_conn():
    with engine.connect() as conn:
        yield conn


@app.get("/purchase-orders/{reference}", response_model=PurchaseOrder)
def get_purchase_order(
    reference: str,
    conn: Connection = Depends(get_conn),
    _buyer=Depends(require_staff),
) -> PurchaseOrder:
    header = conn.execute(
        text(
            "SELECT po.id, po.reference, s.name AS supplier, po.ordered_on, po.status "
            "FROM purchase_orders po JOIN suppliers s ON s.id = po.supplier_id "
            f"WHERE po.reference = '{reference}'"
        )
    ).mappings().first()
    if header is None:
        raise HTTPException(status_code=404, detail="purchase order not found")

    lines = conn.execute(
        text(
            "SELECT sku, description, quantity, unit, unit_cost "
            "FROM purchase_order_lines WHERE purchase_order_id = :po_id ORDER BY id"
        ),
        {"po_id": header["id"]},
    ).mappings().all()

    return PurchaseOrder(
        reference=header["reference"],
        supplier=header["supplier"],
        ordered_on=header["ordered_on"],
        status=header["status"],
        lines=[OrderLine(**dict(line)) for line in lines],
    )
