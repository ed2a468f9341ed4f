"""FastAPI app for the customer portal's order tracking API."""
from __future__ import annotations

import os

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from portal.auth import current_account
from portal.orders import list_open_orders, order_detail

PORTAL_ORIGINS = [
    o.strip()
    for o in os.environ.get("PORTAL_ALLOWED_ORIGINS", "").split(",")
    if o.strip().startswith("https://")
]

CORS_SETTINGS = {
    "allow_origins": PORTAL_ORIGINS,
    "allow_credentials": True,
    "allow_methods": ["GET", "POST"],
    "allow_headers": ["Content-Type", "X-CSRF-Token"],
    "max_age": 600,
}

app = FastAPI(title="Order tracking", docs_url=None, redoc_url=None)
app.add_middleware(CORSMiddleware, **CORS_SETTINGS)


@app.get("/orders")
def open_orders(account=Depends(current_account)):
    return {"orders": list_open_orders(account.account_no)}


@app.get("/orders/{order_ref}")
def get_order(order_ref: str, account=Depends(current_account)):
    return order_detail(account.account_no, order_ref)


@app.get("/healthz")
def healthz():
    return {"status": "ok"}
