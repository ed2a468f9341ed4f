"""Paper stock lookup for binders choosing endpapers and pastedowns.

The stock screen lets a binder filter the paper cupboard by name and sort
by weight, price or sheets on hand before reserving sheets for a job.
"""
import os
from dataclasses import dataclass

import psycopg
from psycopg.rows import class_row

SORTABLE = {
    "name": "p.name",
    "weight": "p.gsm",
    "price": "p.unit_price_pence",
    "stock": "p.sheets_on_hand",
}
MAX_ROWS = 200


@dataclass
class PaperRow:
    sku: str
    name: str
    gsm: int
    unit_price_pence: int
    sheets_on_hand: int


def search_papers(
    conn: psycopg.Connection,
    name_filter: str,
    sort_key: str = "name",
    descending: bool = False,
    limit: int = 50,
) -> list[PaperRow]:
    column = SORTABLE.get(sort_key, SORTABLE["name"])
    direction = "DESC" if descending else "ASC"
    sql = (
        "SELECT p.sku, p.name, p.gsm, p.unit_price_pence, p.sheets_on_hand "
        f"FROM papers p WHERE p.name ILIKE %s ORDER BY {column} {direction} LIMIT %s"
    )
    with conn.cursor(row_factory=class_row(PaperRow)) as cur:
        cur.execute(sql, (f"%{name_filter}%", max(1, min(limit, MAX_ROWS))))
        return cur.fetchall()


def handle_stock_query(params: dict) -> list[dict]:
    with psycopg.connect(os.environ["STOCK_DSN"]) as conn:
        rows = search_papers(
            conn,
            params.get("q", ""),
            params.get("sort", "name"),
            params.get("order") == "desc",
            int(params.get("limit", 50)),
        )
    return [row.__dict__ for row in rows]
