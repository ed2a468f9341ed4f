"""Product catalogue queries with optional filters."""
import sqlite3
from typing import Any, Iterable

FILTERABLE = {"brand": "brand", "category": "category_slug", "color": "color"}
SORTABLE = {"price": "price_cents", "name": "name", "newest": "created_at"}


def build_query(filters: dict[str, Any], ids: Iterable[int] = (), sort: str = "name") -> tuple[str, list]:
    clauses, params = ["active = 1"], []
    for key, value in filters.items():
        column = FILTERABLE.get(key)
        if column is None or value in (None, ""):
            continue
        clauses.append(f"{column} = ?")
        params.append(value)
    ids = [int(i) for i in ids]
    if ids:
        placeholders = ", ".join("?" for _ in ids)
        clauses.append(f"id IN ({placeholders})")
        params.extend(ids)
    order = SORTABLE.get(sort, "name")
    sql = "SELECT id, name, brand, price_cents FROM products WHERE " + " AND ".join(clauses) + f" ORDER BY {order}"
    return sql, params


def search_products(conn: sqlite3.Connection, **kwargs):
    sql, params = build_query(**kwargs)
    return conn.execute(sql, params).fetchall()


def handle_request(conn: sqlite3.Connection, args: dict):
    """Adapter for GET /products?brand=..&color=..&ids=1,2,3&sort=price."""
    ids = [p for p in args.get("ids", "").split(",") if p.strip().isdigit()]
    filters = {k: args.get(k) for k in FILTERABLE}
    return search_products(conn, filters=filters, ids=ids, sort=args.get("sort", "name"))
