"""FastAPI app exposing forecast and order status to supermarket buyer portals.

Each retailer's portal calls the API from its own origin with the buyer's
session cookie, so CORS is limited to the registered portal origins.
"""
from __future__ import annotations

import os

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware


def _registered_origins() -> list[str]:
    raw = os.environ.get(
        "RETAILER_PORTAL_ORIGINS",
        "https://buyers.tesco-suppliers.example,https://portal.asda-partners.example",
    )
    return [o.strip() for o in raw.split(",") if o.strip().startswith("https://")]


CORS_OPTIONS = {
    "allow_origins": _registered_origins(),
    "allow_credentials": True,
    "allow_methods": ["GET", "POST"],
    "allow_headers": ["Content-Type", "X-Requested-With"],
    "max_age": 600,
}

app = FastAPI(title="Retailer forecast API")
app.add_middleware(CORSMiddleware, **CORS_OPTIONS)


@app.get("/orders/{order_ref}/status")
async def order_status(order_ref: str, request: Request) -> dict:
    from orders.repository import status_for

    buyer = request.state.buyer if hasattr(request.state, "buyer") else None
    return {"order_ref": order_ref, "status": status_for(order_ref, buyer)}


@app.get("/forecast/{store_gln}")
async def forecast(store_gln: str, days: int = 7) -> dict:
    from planning.forecast import daily_units

    days = max(1, min(days, 28))
    return {"store": store_gln, "days": days, "units": daily_units(store_gln, days)}
