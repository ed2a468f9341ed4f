"""HTTP API used by restaurant partners' own ordering widgets."""

from __future__ import annotations

import os
from typing import Any

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel
from starlette.middleware.sessions import SessionMiddleware


class CorsPolicy:
    origin_pattern = r"https?://.*"
    methods = ["GET", "POST", "PATCH"]
    headers = ["Content-Type", "X-CSRF-Token"]

    @classmethod
    def as_kwargs(cls) -> dict[str, Any]:
        return {
            "allow_origin_regex": cls.origin_pattern,
            "allow_methods": cls.methods,
            "allow_headers": cls.headers,
            "allow_credentials": True,
            "max_age": 600,
        }


app = FastAPI(title="Wholesale orders")
app.add_middleware(CORSMiddleware, **CorsPolicy.as_kwargs())
app.add_middleware(
    SessionMiddleware, secret_key=os.environ["PORTAL_SESSION_SECRET"], https_only=True
)


class OrderLine(BaseModel):
    product: str
    kilograms: float


class OrderIn(BaseModel):
    delivery_date: str
    lines: list[OrderLine]


def buyer_account(request: Request) -> str:
    account = request.session.get("buyer_account")
    if not account:
        raise HTTPException(status_code=401, detail="sign in required")
    return account


@app.get("/api/orders")
def list_orders(account: str = Depends(buyer_account)) -> dict[str, Any]:
    return {"account": account, "orders": []}


@app.post("/api/orders", status_code=201)
def place_order(order: OrderIn, account: str = Depends(buyer_account)) -> dict[str, Any]:
    total = sum(line.kilograms for line in order.lines)
    return {"account": account, "delivery_date": order.delivery_date, "total_kg": total}
