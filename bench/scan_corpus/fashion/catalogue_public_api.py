"""Public, read-only product catalogue API.

Consumed by affiliate widgets and influencer link-in-bio pages on arbitrary
domains. No cookies or auth headers are accepted here; anything personalised
goes through the storefront API instead.
"""
from fastapi import FastAPI, HTTPException, Query
from fastapi.middleware.cors import CORSMiddleware

from catalogue.read_models import get_product_card, list_products

app = FastAPI(title="catalogue-public", docs_url=None, redoc_url=None)

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=["Accept", "Accept-Language"],
    max_age=3600,
)


@app.get("/v1/products")
def products(
    category: str | None = None,
    brand: str | None = None,
    page: int = Query(1, ge=1, le=500),
    per_page: int = Query(24, ge=1, le=100),
):
    return list_products(category=category, brand=brand, page=page, per_page=per_page)


@app.get("/v1/products/{sku}")
def product(sku: str):
    card = get_product_card(sku)
    if card is None:
        raise HTTPException(status_code=404, detail="unknown sku")
    return card
