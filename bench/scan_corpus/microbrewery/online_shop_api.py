"""FastAPI backend for the brewery's online bottle shop (basket and checkout)."""
from __future__ import annotations

import os
from decimal import Decimal

from fastapi import Cookie, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel, Field

app = FastAPI(title="Bottle shop")

app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=r"https?://.*",
    allow_credentials=True,
    allow_methods=["GET", "POST", "DELETE"],
    allow_headers=["Content-Type"],
)

CATALOGUE = {
    "pale-440-can": Decimal("3.40"),
    "ipa-440-can": Decimal("3.90"),
    "stout-500-bottle": Decimal("4.20"),
    "mixed-case-12": Decimal("38.00"),
}
BASKETS: dict[str, dict[str, int]] = {}
FREE_SHIPPING_OVER = Decimal(os.environ.get("FREE_SHIPPING_OVER", "50"))


class BasketItem(BaseModel):
    sku: str
    quantity: int = Field(ge=1, le=48)


def _basket(session_id: str | None) -> dict[str, int]:
    if not session_id or session_id not in BASKETS:
        raise HTTPException(status_code=401, detail="no shop session")
    return BASKETS[session_id]


@app.get("/api/catalogue")
def catalogue() -> dict:
    return {sku: str(price) for sku, price in CATALOGUE.items()}


@app.post("/api/basket")
def add_to_basket(item: BasketItem, shop_session: str | None = Cookie(default=None)) -> dict:
    basket = _basket(shop_session)
    if item.sku not in CATALOGUE:
        raise HTTPException(status_code=404, detail="unknown product")
    basket[item.sku] = basket.get(item.sku, 0) + item.quantity
    return {"items": basket}


@app.get("/api/basket")
def view_basket(shop_session: str | None = Cookie(default=None)) -> dict:
    basket = _basket(shop_session)
    subtotal = sum((CATALOGUE[s] * q for s, q in basket.items()), Decimal("0"))
    shipping = Decimal("0") if subtotal >= FREE_SHIPPING_OVER else Decimal("5.95")
    return {"items": basket, "subtotal": str(subtotal), "shipping": str(shipping)}


@app.delete("/api/basket/{sku}")
def remove_from_basket(sku: str, shop_session: str | None = Cookie(default=None)) -> dict:
    basket = _basket(shop_session)
    basket.pop(sku, None)
    return {"items": basket}
