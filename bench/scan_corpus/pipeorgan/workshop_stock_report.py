"""Pipe-making workshop stock report.

Lists metal sheet, pipe blanks, languids and finished ranks held in the
workshop, filtered by material (spotted metal, tin, zinc, oak) and sorted by
the column the foreman picks on the stock screen.
"""
import sqlite3
from collections.abc import Sequence

from fastapi import FastAPI, Query

app = FastAPI(title="Workshop stock")

STOCK_DB = "/var/lib/organworks/workshop_stock.db"

SORTABLE_COLUMNS = {
    "item": "item_code",
    "material": "material",
    "quantity": "qty_on_hand",
    "updated": "last_counted",
    "location": "bin_location",
}


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(STOCK_DB)
    conn.row_factory = sqlite3.Row
    return conn


def build_query(materials: Sequence[str], sort_key: str, descending: bool) -> tuple[str, list]:
    column = SORTABLE_COLUMNS.get(sort_key, "item_code")
    direction = "DESC" if descending else "ASC"
    params: list = []
    sql = "SELECT item_code, description, material, qty_on_hand, bin_location, last_counted FROM stock_items"
    if materials:
        placeholders = ", ".join("?" for _ in materials)
        sql += f" WHERE material IN ({placeholders})"
        params.extend(materials)
    sql += f" ORDER BY {column} {direction}"
    return sql, params


@app.get("/stock")
def stock_report(
    material: list[str] = Query(default=[]),
    sort: str = "item",
    desc: bool = False,
):
    sql, params = build_query(material, sort, desc)
    with _connect() as conn:
        rows = conn.execute(sql, params).fetchall()
    return [dict(r) for r in rows]


@app.get("/stock/low")
def low_stock(threshold: int = 5):
    with _connect() as conn:
        rows = conn.execute(
            "SELECT item_code, description, qty_on_hand FROM stock_items WHERE qty_on_hand < ?",
            (threshold,),
        ).fetchall()
    return [dict(r) for r in rows]
