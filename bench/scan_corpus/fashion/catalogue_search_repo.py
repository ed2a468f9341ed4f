"""Catalogue queries used by the back-office product search screen."""
from dataclasses import dataclass
from typing import Sequence

SORTABLE = {
    "newest": "p.created_at DESC",
    "price_asc": "p.price_cents ASC",
    "price_desc": "p.price_cents DESC",
    "title": "p.title ASC",
}


@dataclass
class ProductFilter:
    brand_ids: Sequence[int] = ()
    sizes: Sequence[str] = ()
    title_contains: str | None = None
    sort: str = "newest"
    limit: int = 50


def build_search(f: ProductFilter) -> tuple[str, list]:
    where, params = ["p.archived = 0"], []
    if f.brand_ids:
        where.append(f"p.brand_id IN ({', '.join('?' for _ in f.brand_ids)})")
        params.extend(int(b) for b in f.brand_ids)
    if f.sizes:
        where.append(
            "EXISTS (SELECT 1 FROM variant v WHERE v.product_id = p.id "
            f"AND v.size IN ({', '.join('?' for _ in f.sizes)}))"
        )
        params.extend(f.sizes)
    if f.title_contains:
        where.append("p.title LIKE ? ESCAPE '\\'")
        escaped = f.title_contains.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params.append(f"%{escaped}%")
    order_by = SORTABLE.get(f.sort, SORTABLE["newest"])
    sql = (
        "SELECT p.id, p.sku, p.title, p.price_cents FROM product p "
        f"WHERE {' AND '.join(where)} ORDER BY {order_by} LIMIT ?"
    )
    params.append(max(1, min(int(f.limit), 200)))
    return sql, params


def search_products(conn, f: ProductFilter) -> list[tuple]:
    sql, params = build_search(f)
    return conn.execute(sql, params).fetchall()
