"""Inventory search for the sales-floor POS.

Clerks search by free text, category and price ceiling; results can be sorted
by one of a handful of columns picked from a dropdown.
"""
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.engine import Connection

SORT_COLUMNS = {
    "price": "i.ask_price",
    "newest": "i.received_at",
    "category": "c.name",
}
DEFAULT_SORT = "newest"
PAGE_SIZE = 50


def search_inventory(
    conn: Connection,
    store_id: int,
    term: str = "",
    category: str | None = None,
    max_price: Decimal | None = None,
    sort: str = DEFAULT_SORT,
    page: int = 1,
):
    clauses = ["i.store_id = :store_id", "i.status = 'for_sale'"]
    params: dict = {
        "store_id": store_id,
        "limit": PAGE_SIZE,
        "offset": max(page - 1, 0) * PAGE_SIZE,
    }

    if term:
        clauses.append("(i.description ILIKE :term OR i.serial_no = :serial)")
        params["term"] = f"%{term}%"
        params["serial"] = term
    if category:
        clauses.append("c.slug = :category")
        params["category"] = category
    if max_price is not None:
        clauses.append("i.ask_price <= :max_price")
        params["max_price"] = max_price

    order_by = SORT_COLUMNS.get(sort, SORT_COLUMNS[DEFAULT_SORT])
    sql = text(
        "SELECT i.item_id, i.description, i.ask_price, c.name AS category "
        "FROM inventory_items i JOIN categories c ON c.id = i.category_id "
        f"WHERE {' AND '.join(clauses)} "
        f"ORDER BY {order_by} DESC "
        "LIMIT :limit OFFSET :offset"
    )
    return conn.execute(sql, params).mappings().all()
