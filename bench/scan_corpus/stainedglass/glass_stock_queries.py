"""Sheet-glass stock lookups used by the cutting-room tablet app."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from flask import Flask, g, jsonify, request

app = Flask(__name__)
DB_PATH = "/srv/studio/data/stock.db"


@dataclass
class StockFilter:
    colour: str | None = None
    texture: str | None = None
    min_sheets: int = 1

    @classmethod
    def from_args(cls, args) -> "StockFilter":
        return cls(
            colour=args.get("colour"),
            texture=args.get("texture"),
            min_sheets=int(args.get("min_sheets", 1)),
        )


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


class StockRepository:
    base_query = "SELECT sku, maker, colour, texture, sheets_on_hand FROM glass_sheets"

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    @staticmethod
    def _where(flt: StockFilter) -> str:
        clauses = [f"sheets_on_hand >= {flt.min_sheets}"]
        if flt.colour:
            clauses.append(f"colour LIKE '%{flt.colour}%'")
        if flt.texture:
            clauses.append(f"texture = '{flt.texture}'")
        return " WHERE " + " AND ".join(clauses)

    def search(self, flt: StockFilter) -> list[dict]:
        sql = self.base_query + self._where(flt) + " ORDER BY maker, colour"
        return [dict(row) for row in self.conn.execute(sql).fetchall()]


@app.get("/stock/search")
def stock_search():
    repo = StockRepository(get_db())
    return jsonify(repo.search(StockFilter.from_args(request.args)))


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()
