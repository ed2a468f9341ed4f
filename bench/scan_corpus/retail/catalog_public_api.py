"""Public, read-only product catalog API consumed by affiliate widgets.

No cookies or auth headers are accepted here; affiliates embed the widget on
arbitrary sites, so any origin may read the catalog.
"""
from fastapi import FastAPI, HTTPException, Query
from fastapi.middleware.cors import CORSMiddleware

from catalog.readmodel import get_product, list_products

app = FastAPI(title="Catalog API", docs_url=None, redoc_url=None)

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=["Accept", "Content-Type"],
    max_age=3600,
)


@app.get("/v1/products")
def products(category: str | None = None, page: int = Query(1, ge=1), per_page: int = Query(24, le=100)):
    return list_products(category=category, page=page, per_page=per_page)


@app.get("/v1/products/{sku}")
def product(sku: str):
    item = get_product(sku)
    if item is None:
        raise HTTPException(status_code=404, detail="unknown sku")
    return item
