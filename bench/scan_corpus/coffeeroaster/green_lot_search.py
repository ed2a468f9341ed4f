"""Green coffee lot search for the roast planning screen.

Lots (origin, producer, process, bags on hand) live in the warehouse
SQLite database; the planner filters by origin text and minimum stock.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, current_app, jsonify, request

app = Flask(__name__)
app.config["INVENTORY_DB"] = Path("/var/lib/roastery/green_inventory.sqlite3")

LOT_COLUMNS = "lot_code, origin, producer, process, bags_on_hand, bag_weight_kg"


@dataclass
class GreenLot:
    lot_code: str
    origin: str
    producer: str
    process: str
    bags_on_hand: int
    bag_weight_kg: float

    @property
    def kilos_on_hand(self) -> float:
        return round(self.bags_on_hand * self.bag_weight_kg, 1)


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_lots(conn: sqlite3.Connection, origin: str, min_bags: int) -> list[GreenLot]:
    query = (
        f"SELECT {LOT_COLUMNS} FROM green_lots "
        "WHERE origin LIKE ? ESCAPE '\\' AND bags_on_hand >= ? "
        "ORDER BY arrival_date"
    )
    rows = conn.execute(query, (f"%{_escape_like(origin)}%", min_bags)).fetchall()
    return [GreenLot(*row) for row in rows]


@app.get("/inventory/lots")
def list_lots():
    origin = request.args.get("origin", "").strip()
    min_bags = request.args.get("min_bags", 1, type=int)
    with sqlite3.connect(current_app.config["INVENTORY_DB"]) as conn:
        lots = search_lots(conn, origin, min_bags)
    return jsonify(
        [
            {
                "lot": lot.lot_code,
                "origin": lot.origin,
                "producer": lot.producer,
                "process": lot.process,
                "kg": lot.kilos_on_hand,
            }
            for lot in lots
        ]
    )
