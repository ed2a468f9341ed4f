"""Dispatch notices pushed to us by felt and straw suppliers.

Each supplier is given an API key out of band and sends it in the
``X-Supplier-Key`` header when it posts dispatch updates for our purchase orders.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel, Field

from .purchasing import PurchaseOrderService


@dataclass(frozen=True)
class SupplierSettings:
    felt_supplier_key: str
    straw_supplier_key: str

    @classmethod
    def from_env(cls) -> "SupplierSettings":
        return cls(
            felt_supplier_key=os.environ["FELT_SUPPLIER_API_KEY"],
            straw_supplier_key=os.environ["STRAW_SUPPLIER_API_KEY"],
        )

    def key_for(self, supplier: str) -> str | None:
        return {"felt": self.felt_supplier_key, "straw": self.straw_supplier_key}.get(supplier)


class DispatchNotice(BaseModel):
    purchase_order: str = Field(pattern=r"^PO-\d{5}$")
    carrier: str
    tracking_number: str
    shipped_on: dt.date
    lines: list[dict]


app = FastAPI(title="Supplier callbacks")
settings = SupplierSettings.from_env()
purchasing = PurchaseOrderService.from_env()


def authenticate_supplier(supplier: str, x_supplier_key: str = Header(...)) -> str:
    expected = settings.key_for(supplier)
    if expected is None or x_supplier_key != expected:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="Invalid supplier key")
    return supplier


@app.post("/suppliers/{supplier}/dispatch", status_code=202)
def dispatch_notice(notice: DispatchNotice, supplier: str = Depends(authenticate_supplier)):
    po = purchasing.get(notice.purchase_order)
    if po is None or po.supplier != supplier:
        raise HTTPException(status_code=404, detail="Unknown purchase order")
    purchasing.record_dispatch(
        po,
        carrier=notice.carrier,
        tracking_number=notice.tracking_number,
        shipped_on=notice.shipped_on,
        lines=notice.lines,
    )
    return {"status": "accepted", "purchase_order": po.reference}
