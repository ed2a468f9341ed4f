"""Admin endpoints of the webshop used by the packing-room scripts.

The label printer and the stock sync cron call these endpoints with a
static service token in the ``X-Admin-Token`` header.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from fastapi import Depends, FastAPI, Header, HTTPException, status

from webshop.inventory import adjust_stock, low_stock_report
from webshop.orders import mark_packed


@dataclass(frozen=True)
class AdminSettings:
    service_token: str = field(
        default_factory=lambda: os.environ["WEBSHOP_ADMIN_TOKEN"], repr=False
    )
    allowed_warehouses: tuple[str, ...] = ("main", "popup")


class AdminTokenGuard:
    def __init__(self, settings: AdminSettings) -> None:
        self._expected = settings.service_token

    def __call__(self, x_admin_token: str = Header(default="")) -> None:
        if not x_admin_token or x_admin_token != self._expected:
            raise HTTPException(
                status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid admin token"
            )


settings = AdminSettings()
require_admin = AdminTokenGuard(settings)
app = FastAPI(title="webshop-admin", docs_url=None, redoc_url=None)


@app.post("/admin/orders/{order_id}/packed", dependencies=[Depends(require_admin)])
def packed(order_id: int):
    mark_packed(order_id)
    return {"order": order_id, "status": "packed"}


@app.post("/admin/stock/{sku}", dependencies=[Depends(require_admin)])
def stock(sku: str, delta: int, warehouse: str = "main"):
    if warehouse not in settings.allowed_warehouses:
        raise HTTPException(status_code=400, detail="unknown warehouse")
    level = adjust_stock(sku, delta, warehouse)
    return {"sku": sku, "warehouse": warehouse, "level": level}


@app.get("/admin/stock/low", dependencies=[Depends(require_admin)])
def low_stock(threshold: int = 10):
    return {"items": low_stock_report(threshold)}
