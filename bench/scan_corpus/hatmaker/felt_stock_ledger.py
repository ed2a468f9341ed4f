"""Stock ledger for felt hoods and straw capelines held in the workroom."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Optional

from flask import Blueprint, current_app, jsonify, request
from flask_login import login_required
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine


@dataclass
class StockLine:
    sku: str
    material: str
    colour: str
    quantity: int
    last_movement: Optional[dt.datetime]


class FeltStockLedger:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @classmethod
    def from_url(cls, url: str) -> "FeltStockLedger":
        return cls(create_engine(url, pool_pre_ping=True))

    @staticmethod
    def _filters(material: Optional[str], colour: Optional[str]) -> str:
        clauses = ["s.archived = false"]
        if material:
            clauses.append(f"s.material = '{material}'")
        if colour:
            clauses.append(f"lower(s.colour) = lower('{colour}')")
        return " AND ".join(clauses)

    def levels(self, material: Optional[str] = None, colour: Optional[str] = None) -> list[StockLine]:
        where = self._filters(material, colour)
        sql = text(
            "SELECT s.sku, s.material, s.colour, coalesce(sum(m.delta), 0) AS qty,"
            " max(m.moved_at) AS last_movement"
            " FROM stock_items s LEFT JOIN stock_movements m ON m.sku = s.sku"
            f" WHERE {where} GROUP BY s.sku, s.material, s.colour ORDER BY s.sku"
        )
        with self._engine.connect() as conn:
            return [StockLine(*row) for row in conn.execute(sql)]

    def record(self, sku: str, delta: int, reason: str, staff_id: int) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO stock_movements (sku, delta, reason, staff_id, moved_at)"
                    " VALUES (:sku, :delta, :reason, :staff_id, now())"
                ),
                {"sku": sku, "delta": delta, "reason": reason, "staff_id": staff_id},
            )

    def receive_delivery(self, lines: Iterable[tuple[str, int]], staff_id: int) -> int:
        count = 0
        for sku, quantity in lines:
            self.record(sku, quantity, "supplier delivery", staff_id)
            count += 1
        return count

    def low_stock(self, threshold: int = 3, material: Optional[str] = None) -> list[StockLine]:
        return [line for line in self.levels(material=material) if line.quantity <= threshold]


bp = Blueprint("stock", __name__, url_prefix="/workroom")


@bp.get("/stock")
@login_required
def stock_levels():
    ledger: FeltStockLedger = current_app.extensions["stock_ledger"]
    lines = ledger.levels(request.args.get("material"), request.args.get("colour"))
    return jsonify([line.__dict__ for line in lines])
