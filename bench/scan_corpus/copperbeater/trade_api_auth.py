"""API key authentication for the trade ordering API used by merchants' systems."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel


@dataclass(frozen=True)
class TradeApiSettings:
    api_keys: tuple[str, ...]
    max_order_sheets: int = 200


@lru_cache
def get_settings() -> TradeApiSettings:
    raw = os.environ.get("TRADE_API_KEYS", "")
    keys = tuple(k.strip() for k in raw.split(",") if k.strip())
    return TradeApiSettings(api_keys=keys)


def require_api_key(
    x_api_key: str = Header(..., alias="X-Api-Key"),
    settings: TradeApiSettings = Depends(get_settings),
) -> str:
    if x_api_key not in settings.api_keys:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid API key")
    return x_api_key


class SheetOrder(BaseModel):
    account_number: str
    sku: str
    sheets: int
    deliver_to_postcode: str


app = FastAPI(title="Copperbeater trade API")


@app.post("/v1/orders", status_code=201)
def place_order(
    order: SheetOrder,
    _key: str = Depends(require_api_key),
    settings: TradeApiSettings = Depends(get_settings),
):
    if not 0 < order.sheets <= settings.max_order_sheets:
        raise HTTPException(status_code=422, detail="sheet quantity out of range")
    return {"status": "accepted", "sku": order.sku, "sheets": order.sheets}


@app.get("/v1/ping")
def ping(_key: str = Depends(require_api_key)):
    return {"ok": True}
