"""Catalogue API consumed by the wholesale ordering front-end and partner restaurant sites."""
from __future__ import annotations

import os

from fastapi import FastAPI, Query
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel


def allowed_origins() -> list[str]:
    configured = os.environ.get("CATALOGUE_CORS_ORIGINS", "")
    origins = [o.strip().rstrip("/") for o in configured.split(",") if o.strip()]
    return [o for o in origins if o.startswith("https://") and "*" not in o]


app = FastAPI(title="Wholesale catalogue")
app.add_middleware(
    CORSMiddleware,
    allow_origins=allowed_origins(),
    allow_credentials=True,
    allow_methods=["GET", "POST"],
    allow_headers=["Authorization", "Content-Type"],
    max_age=600,
)


class CatalogueItem(BaseModel):
    sku: str
    name: str
    milk: str
    style: str
    age_months: int
    price_per_kg: float
    available_wheels: int


CATALOGUE: list[CatalogueItem] = [
    CatalogueItem(sku="CMT-24", name="Comte 24 month", milk="cow", style="alpine",
                  age_months=24, price_per_kg=38.5, available_wheels=6),
    CatalogueItem(sku="STL-KN", name="Stichelton", milk="cow", style="blue",
                  age_months=3, price_per_kg=31.0, available_wheels=11),
    CatalogueItem(sku="ELL-GT", name="Ellie's Goat Log", milk="goat", style="lactic",
                  age_months=0, price_per_kg=27.2, available_wheels=24),
]


@app.get("/catalogue")
def catalogue(
    milk: str | None = Query(None),
    style: str | None = Query(None),
    in_stock: bool = True,
) -> list[CatalogueItem]:
    items = CATALOGUE
    if milk:
        items = [i for i in items if i.milk == milk]
    if style:
        items = [i for i in items if i.style == style]
    if in_stock:
        items = [i for i in items if i.available_wheels > 0]
    return items
