"""Search over the green coffee warehouse inventory.

The roastery keeps its green bean lots (origin, producer, process, bags
on hand, arrival date) in a local SQLite file that the roast planning
screen queries while a head roaster builds the week's production plan.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, current_app, jsonify, request

app = Flask(__name__)
app.config["INVENTORY_DB"] = Path("/var/lib/roastery/green_inventory.sqlite3")


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


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["INVENTORY_DB"])
    conn.row_factory = sqlite3.Row
    return conn


def search_lots(origin: str, min_bags: int) -> list[GreenLot]:
    query = (
        "SELECT lot_code, origin, producer, process, bags_on_hand, bag_weight_kg "
        "FROM green_lots "
        f"WHERE origin LIKE '%{origin}%' AND bags_on_hand >= ? "
        "ORDER BY arrival_date"
    )
    with _connect() as conn:
        rows = conn.execute(query, (min_bags,)).fetchall()
    return [GreenLot(**dict(row)) for row in rows]


@app.get("/inventory/lots")
def list_lots():
    origin = request.args.get("origin", "").strip()
    try:
        min_bags = int(request.args.get("min_bags", "1"))
    except ValueError:
        return jsonify({"error": "min_bags must be an integer"}), 400

    lots = search_lots(origin, min_bags)
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


@app.get("/inventory/lots/<lot_code>")
def lot_detail(lot_code: str):
    with _connect() as conn:
        row = conn.execute(
            "SELECT lot_code, origin, producer, process, bags_on_hand, bag_weight_kg "
            "FROM green_lots WHERE lot_code = ?",
            (lot_code,),
        ).fetchone()
    if row is None:
        return jsonify({"error": "not found"}), 404
    lot = GreenLot(**dict(row))
    return jsonify({"lot": lot.lot_code, "kg": lot.kilos_on_hand, "process": lot.process})
