"""Public API for the online merchandise shop (programmes, plushies, tees).

The storefront runs on its own domain and calls this API with the
customer's session cookie; storefront origins come from deployment config.
"""
from __future__ import annotations

import os

from fastapi import FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel


def storefront_origins() -> list[str]:
    raw = os.environ.get("MERCH_STOREFRONT_ORIGINS", "")
    origins = [o.strip().rstrip("/") for o in raw.split(",") if o.strip()]
    return [o for o in origins if o.startswith("https://") and "*" not in o]


app = FastAPI(title="merch-shop")
app.add_middleware(
    CORSMiddleware,
    allow_origins=storefront_origins(),
    allow_credentials=True,
    allow_methods=["GET", "POST", "DELETE"],
    allow_headers=["Content-Type", "X-CSRF-Token"],
    max_age=600,
)


class CartLine(BaseModel):
    sku: str
    quantity: int


CATALOGUE = {
    "PRG-2025": {"name": "Tour programme 2025", "price_cents": 1200},
    "TEE-AERIAL-M": {"name": "Aerial silks tee (M)", "price_cents": 2500},
    "PLUSH-CLOWN": {"name": "Clown plush", "price_cents": 1800},
}


@app.get("/catalogue")
def catalogue() -> dict:
    return {"items": CATALOGUE}


@app.post("/cart/lines")
def add_line(line: CartLine) -> dict:
    if line.sku not in CATALOGUE:
        raise HTTPException(404, "unknown product")
    if not 1 <= line.quantity <= 20:
        raise HTTPException(422, "quantity out of range")
    item = CATALOGUE[line.sku]
    return {"sku": line.sku, "quantity": line.quantity,
            "line_total_cents": item["price_cents"] * line.quantity}
