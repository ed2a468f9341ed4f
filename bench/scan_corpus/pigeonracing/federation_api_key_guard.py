"""Key check for the ring-ordering API used by club secretaries' software."""
from __future__ import annotations

import os
import secrets
from datetime import date

from fastapi import Depends, FastAPI, HTTPException, Security, status
from fastapi.security import APIKeyHeader
from pydantic import BaseModel, Field

api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False)


class Settings:
    def __init__(self):
        self.ring_api_key = os.environ["RING_ORDER_API_KEY"]


_settings = Settings()


def get_settings() -> Settings:
    return _settings


def require_key(key: str | None = Security(api_key_header),
                settings: Settings = Depends(get_settings)) -> None:
    if key is None or not secrets.compare_digest(key.encode(), settings.ring_api_key.encode()):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid API key")


class RingOrder(BaseModel):
    club_code: str = Field(min_length=2, max_length=8)
    year: int = Field(ge=2000, le=2100)
    quantity: int = Field(gt=0, le=5000)


app = FastAPI(title="Ring ordering")
_orders: list[dict] = []


@app.post("/ring-orders", status_code=201, dependencies=[Depends(require_key)])
def place_order(order: RingOrder) -> dict:
    if order.year < date.today().year:
        raise HTTPException(status_code=400, detail="cannot order rings for a past year")
    record = {"id": len(_orders) + 1, **order.model_dump()}
    _orders.append(record)
    return record


@app.get("/ring-orders/{club_code}", dependencies=[Depends(require_key)])
def orders_for_club(club_code: str) -> list[dict]:
    return [o for o in _orders if o["club_code"] == club_code.upper()]
