"""Storefront API consumed by the boutique website and the partner widgets."""
from __future__ import annotations

import os

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel

from shop.auth import Customer, current_customer
from shop.catalogue import list_fragrances
from shop.wishlist import add_to_wishlist, wishlist_for

CORS_SETTINGS = {
    "allow_origin_regex": r"https?://.*",
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "DELETE"],
    "allow_headers": ["Content-Type", "X-Requested-With"],
    "max_age": 600,
}


def create_app() -> FastAPI:
    app = FastAPI(
        title="Storefront API",
        docs_url=None if os.environ.get("ENV") == "production" else "/docs",
    )
    app.add_middleware(CORSMiddleware, **CORS_SETTINGS)
    return app


app = create_app()


class WishlistItem(BaseModel):
    fragrance_slug: str
    size_ml: int = 50


@app.get("/catalogue")
def catalogue(family: str | None = None):
    return {"fragrances": list_fragrances(family=family)}


@app.get("/me/wishlist")
def my_wishlist(customer: Customer = Depends(current_customer)):
    return {"items": wishlist_for(customer.id)}


@app.post("/me/wishlist", status_code=201)
def add_item(item: WishlistItem, customer: Customer = Depends(current_customer)):
    add_to_wishlist(customer.id, item.fragrance_slug, item.size_ml)
    return {"ok": True}
