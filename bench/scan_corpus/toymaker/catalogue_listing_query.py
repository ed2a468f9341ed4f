"""Queries the product catalogue for the shop listing pages (age range, material, sorting)."""

import sqlite3
from contextlib import closing

from toyshop.config import settings

SORT_COLUMNS = {
    "price": "price_pence",
    "newest": "added_on",
    "name": "name",
    "age": "min_age_months",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def _order_by(sort: str, direction: str) -> str:
    column = SORT_COLUMNS.get(sort, "added_on")
    order = DIRECTIONS.get(direction.lower(), "DESC")
    return f"{column} {order}"


def list_products(
    material: str | None = None,
    max_age_months: int | None = None,
    sort: str = "newest",
    direction: str = "desc",
    page: int = 1,
    per_page: int = 24,
) -> list[sqlite3.Row]:
    conditions = ["is_published = 1"]
    params: list = []
    if material:
        conditions.append("material = ?")
        params.append(material)
    if max_age_months is not None:
        conditions.append("min_age_months <= ?")
        params.append(max_age_months)

    sql = (
        "SELECT sku, name, price_pence, material, min_age_months FROM product "
        f"WHERE {' AND '.join(conditions)} ORDER BY {_order_by(sort, direction)} "
        "LIMIT ? OFFSET ?"
    )
    params.extend([per_page, (max(page, 1) - 1) * per_page])

    with closing(sqlite3.connect(settings.catalogue_db)) as conn:
        conn.row_factory = sqlite3.Row
        return conn.execute(sql, params).fetchall()
