"""CORS setup for the wholesale ordering API.

The wholesale portal single-page app and the trade-show ordering kiosk call
this API from the browser with the buyer's session cookie.
"""
from __future__ import annotations

import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel


def allowed_origins() -> list[str]:
    configured = os.environ.get("WHOLESALE_ALLOWED_ORIGINS", "")
    origins = [o.strip().rstrip("/") for o in configured.split(",") if o.strip()]
    for origin in origins:
        if origin == "*" or not origin.startswith("https://"):
            raise RuntimeError(f"refusing CORS origin {origin!r}")
    return origins


app = FastAPI(title="wholesale-orders")
app.add_middleware(
    CORSMiddleware,
    allow_origins=allowed_origins(),
    allow_credentials=True,
    allow_methods=["GET", "POST", "PATCH"],
    allow_headers=["Content-Type", "X-CSRF-Token"],
    max_age=600,
)


class OrderLine(BaseModel):
    sku: str
    cases: int


class DraftOrder(BaseModel):
    account_id: str
    lines: list[OrderLine]
    delivery_date: str


@app.get("/catalogue")
def catalogue() -> dict:
    return {"collections": ["single-origin", "pralines", "seasonal"]}


@app.post("/orders/draft")
def create_draft(order: DraftOrder) -> dict:
    cases = sum(line.cases for line in order.lines)
    return {"account": order.account_id, "cases": cases, "status": "draft"}
