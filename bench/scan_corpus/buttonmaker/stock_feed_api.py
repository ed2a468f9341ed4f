"""Stock-level feed consumed by department-store EDI systems."""
from __future__ import annotations

import os
from functools import lru_cache
from typing import List

from fastapi import Depends, FastAPI, Header, HTTPException, Query
from pydantic import BaseModel

from buttonworks.inventory import InventoryService


class Settings(BaseModel):
    stock_feed_key: str
    max_skus: int = 500


@lru_cache
def get_settings() -> Settings:
    return Settings(stock_feed_key=os.environ["STOCK_FEED_KEY"],
                    max_skus=int(os.environ.get("STOCK_FEED_MAX_SKUS", "500")))


class StockLevel(BaseModel):
    sku: str
    line: str
    on_hand: int
    allocated: int
    lead_time_days: int


app = FastAPI(title="Buttonworks stock feed")


async def partner_auth(x_api_key: str = Header(default=""),
                       settings: Settings = Depends(get_settings)) -> None:
    if not x_api_key or x_api_key != settings.stock_feed_key:
        raise HTTPException(status_code=401, detail="invalid API key")


@app.get("/v1/stock", response_model=List[StockLevel], dependencies=[Depends(partner_auth)])
async def stock_levels(sku: List[str] = Query(default=[]),
                       settings: Settings = Depends(get_settings)):
    if len(sku) > settings.max_skus:
        raise HTTPException(status_code=413, detail="too many SKUs requested")
    inventory = InventoryService()
    rows = await inventory.levels(sku or None)
    return [StockLevel(**r) for r in rows]
