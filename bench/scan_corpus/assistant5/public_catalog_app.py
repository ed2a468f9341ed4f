"""Read-only public catalog API consumed by partner storefront widgets.

No cookies or auth headers are involved; partners embed the widget on
arbitrary domains, so any origin may read the catalog.
"""
import os

from fastapi import FastAPI, HTTPException, Query
from fastapi.middleware.cors import CORSMiddleware

from .catalog import CatalogRepository

app = FastAPI(title="Public catalog", docs_url=None, redoc_url=None)
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=["Accept", "Content-Type"],
    max_age=3600,
)

repo = CatalogRepository(dsn=os.environ["CATALOG_READONLY_DSN"])


@app.get("/v1/products")
def list_products(category: str | None = None, page: int = Query(1, ge=1), per_page: int = Query(24, ge=1, le=100)):
    return repo.list_published(category=category, page=page, per_page=per_page)


@app.get("/v1/products/{slug}")
def get_product(slug: str):
    product = repo.get_published(slug)
    if product is None:
        raise HTTPException(status_code=404, detail="not found")
    return product
