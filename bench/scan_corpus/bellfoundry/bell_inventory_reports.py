"""Reporting endpoints over the finished-bell, clapper and fitting inventories."""
from __future__ import annotations

import os
from typing import Dict, List

from flask import Flask, abort, jsonify, request
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

app = Flask(__name__)


class InventoryTables:
    mapping: Dict[str, str] = {
        "bells": "inventory_bells",
        "clappers": "inventory_clappers",
        "fittings": "inventory_fittings",
    }

    @classmethod
    def resolve(cls, kind: str) -> str:
        try:
            return cls.mapping[kind]
        except KeyError:
            abort(404)


class InventoryReports:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _statement(self, table: str):
        return text(
            f"SELECT sku, description, quantity, location FROM {table} "
            "WHERE location = :location AND quantity >= :min_qty ORDER BY sku"
        )

    def stock(self, kind: str, location: str, min_qty: int) -> List[Dict[str, object]]:
        stmt = self._statement(InventoryTables.resolve(kind))
        with self.engine.connect() as conn:
            rows = conn.execute(stmt, {"location": location, "min_qty": min_qty}).mappings().all()
        return [dict(r) for r in rows]


reports = InventoryReports(create_engine(os.environ["INVENTORY_DB_URL"], future=True))


@app.get("/inventory/<kind>")
def inventory(kind: str):
    location = request.args.get("location", "main-store")
    min_qty = request.args.get("min_qty", default=0, type=int)
    return jsonify(reports.stock(kind, location, min_qty))


@app.get("/inventory/<kind>/low")
def low_stock(kind: str):
    location = request.args.get("location", "main-store")
    rows = reports.stock(kind, location, 0)
    return jsonify([r for r in rows if int(r["quantity"]) < 3])
