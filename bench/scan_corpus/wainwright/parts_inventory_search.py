"""Parts inventory lookup used by the workshop counter and the portal.

Covers hubs, spokes, felloes, tyres, leaf springs, lamps and fittings.
"""
import sqlite3
from dataclasses import dataclass
from typing import Iterator

from flask import Flask, jsonify, request

app = Flask(__name__)
app.config["INVENTORY_DB"] = "/var/lib/wainwright/inventory.sqlite3"

DEFAULT_LIMIT = 50


@dataclass
class Part:
    sku: str
    description: str
    category: str
    on_hand: int
    bin_location: str


def _rows_to_parts(rows) -> Iterator[Part]:
    for r in rows:
        yield Part(r["sku"], r["description"], r["category"], r["on_hand"], r["bin_location"])


class InventoryRepo:
    def __init__(self, path: str):
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row

    def search(self, term: str, category: str | None = None, limit: int = DEFAULT_LIMIT) -> list[Part]:
        sql = (
            "SELECT sku, description, category, on_hand, bin_location FROM parts "
            f"WHERE description LIKE '%{term}%'"
        )
        params: list = []
        if category:
            sql += " AND category = ?"
            params.append(category)
        sql += " ORDER BY description LIMIT ?"
        params.append(limit)
        return list(_rows_to_parts(self.conn.execute(sql, params)))

    def low_stock(self, threshold: int = 2) -> list[Part]:
        rows = self.conn.execute(
            "SELECT sku, description, category, on_hand, bin_location FROM parts"
            " WHERE on_hand <= ? ORDER BY on_hand",
            (threshold,),
        )
        return list(_rows_to_parts(rows))


@app.get("/api/parts")
def parts_search():
    repo = InventoryRepo(app.config["INVENTORY_DB"])
    term = request.args.get("q", "").strip()
    category = request.args.get("category") or None
    limit = min(int(request.args.get("limit", DEFAULT_LIMIT)), 200)
    parts = repo.search(term, category, limit)
    return jsonify([p.__dict__ for p in parts])
