"""API-key guard for the wholesale ordering API used by retail partners' shop systems."""

from __future__ import annotations

import os
from typing import Optional

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel, Field


class PartnerKeyGuard:
    """FastAPI dependency that checks the partner API key header."""

    def __init__(self, env_var: str = "WHOLESALE_PARTNER_API_KEY") -> None:
        self._env_var = env_var
        self._expected: Optional[str] = None

    def load(self) -> None:
        value = os.environ.get(self._env_var)
        if not value:
            raise RuntimeError(f"{self._env_var} is not configured")
        self._expected = value

    def __call__(self, x_api_key: str = Header(default="")) -> str:
        if self._expected is None:
            self.load()
        if x_api_key != self._expected:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid API key")
        return "partner"


guard = PartnerKeyGuard()
app = FastAPI(title="Wholesale ordering API")


class OrderLine(BaseModel):
    sku: str = Field(pattern=r"^[A-Z]{2,4}-\d{3,5}$")
    cases: int = Field(gt=0, le=500)


class WholesaleOrder(BaseModel):
    account_number: str = Field(min_length=4, max_length=16)
    lines: list[OrderLine]
    po_reference: Optional[str] = Field(default=None, max_length=40)


@app.on_event("startup")
def _load_key() -> None:
    guard.load()


@app.get("/v1/catalog")
def catalog(_: str = Depends(guard)) -> dict:
    from .catalog import wholesale_price_list

    return {"items": wholesale_price_list()}


@app.post("/v1/orders", status_code=201)
def place_order(order: WholesaleOrder, _: str = Depends(guard)) -> dict:
    from .orders import create_wholesale_order

    order_id = create_wholesale_order(
        account_number=order.account_number,
        lines=[(line.sku, line.cases) for line in order.lines],
        po_reference=order.po_reference,
    )
    return {"order_id": order_id}
