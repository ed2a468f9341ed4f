"""FastAPI app behind the trade customers' ordering portal (pubs, farm shops, bottle shops)."""
from __future__ import annotations

import os
from datetime import date

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel, Field


class PortalSettings:
    title = "Ciderhouse Trade Portal"
    cors_origins: list[str] = ["*"]
    cors_methods: list[str] = ["GET", "POST", "PATCH"]

    @property
    def cors(self) -> dict:
        return {
            "allow_origins": self.cors_origins,
            "allow_methods": self.cors_methods,
            "allow_headers": ["Content-Type", "X-CSRF-Token"],
            "allow_credentials": True,
        }


settings = PortalSettings()
app = FastAPI(title=settings.title)
app.add_middleware(CORSMiddleware, **settings.cors)


class OrderLine(BaseModel):
    sku: str = Field(pattern=r"^[A-Z]{2,4}-\d{3}$")
    cases: int = Field(gt=0, le=200)


class OrderRequest(BaseModel):
    deliver_on: date
    lines: list[OrderLine]
    notes: str = Field(default="", max_length=500)


def trade_account(request: Request) -> str:
    sessions = request.app.state.sessions
    account = sessions.account_for(request.cookies.get("trade_session"))
    if account is None:
        raise HTTPException(status_code=401)
    return account


@app.get("/orders")
def list_orders(account: str = Depends(trade_account)):
    return app.state.orders.recent(account, limit=int(os.environ.get("ORDER_PAGE_SIZE", "25")))


@app.post("/orders", status_code=201)
def place_order(order: OrderRequest, account: str = Depends(trade_account)):
    if order.deliver_on <= date.today():
        raise HTTPException(status_code=422, detail="delivery date must be in the future")
    return app.state.orders.create(account, order.model_dump())
