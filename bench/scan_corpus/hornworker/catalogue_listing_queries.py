"""Listing queries behind the web-shop category pages."""
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

SORTS = {
    "newest": "p.listed_at DESC",
    "price_low": "p.price ASC",
    "price_high": "p.price DESC",
    "name": "p.title ASC",
}
PAGE_SIZE = 24


@dataclass
class ListingRequest:
    category: str
    sort: str = "newest"
    page: int = 1
    material: str | None = None


def order_clause(sort_key: str) -> str:
    return SORTS.get(sort_key, SORTS["newest"])


def list_products(session: Session, req: ListingRequest) -> list[dict]:
    filters = ["p.category = :category", "p.hidden = false"]
    params = {
        "category": req.category,
        "limit": PAGE_SIZE,
        "offset": max(req.page - 1, 0) * PAGE_SIZE,
    }
    if req.material:
        filters.append("p.material = :material")
        params["material"] = req.material
    sql = text(
        f"SELECT p.sku, p.title, p.material, p.price, p.primary_image_url "
        f"FROM products p WHERE {' AND '.join(filters)} "
        f"ORDER BY {order_clause(req.sort)} LIMIT :limit OFFSET :offset"
    )
    return [dict(row._mapping) for row in session.execute(sql, params)]


def count_products(session: Session, category: str) -> int:
    return session.execute(
        text("SELECT count(*) FROM products WHERE category = :c AND hidden = false"),
        {"c": category},
    ).scalar_one()
