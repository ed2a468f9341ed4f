"""Stock adjustments for pots, soil mixes, tools and wire in the shop.

Shop staff record breakage, shrinkage and deliveries; every change is logged
in ``stock_movements`` so the monthly stock value can be reconciled.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

REASONS = {"delivery", "breakage", "shrinkage", "recount", "workshop_use"}


@dataclass
class Adjustment:
    sku: str
    delta: int
    reason: str
    staff_id: int
    note: str = ""


class StockLedger:
    def __init__(self, engine: Engine):
        self.engine = engine

    @classmethod
    def from_url(cls, url: str) -> "StockLedger":
        return cls(create_engine(url, pool_pre_ping=True))

    def on_hand(self, sku: str) -> int:
        with self.engine.connect() as conn:
            value = conn.execute(
                text("SELECT on_hand FROM stock_items WHERE sku = :sku"), {"sku": sku}
            ).scalar_one_or_none()
        if value is None:
            raise KeyError(sku)
        return value

    def apply(self, adj: Adjustment) -> int:
        if adj.reason not in REASONS:
            raise ValueError(f"unknown reason {adj.reason!r}")
        stmt = text(
            "UPDATE stock_items SET on_hand = on_hand + :delta "
            "WHERE sku = :sku AND on_hand + :delta >= 0 RETURNING on_hand"
        )
        with self.engine.begin() as conn:
            new_level = conn.execute(stmt, {"delta": adj.delta, "sku": adj.sku}).scalar_one_or_none()
            if new_level is None:
                raise ValueError(f"adjustment would make stock of {adj.sku} negative or sku unknown")
            conn.execute(
                text(
                    "INSERT INTO stock_movements (sku, delta, reason, staff_id, note, created_at) "
                    "VALUES (:sku, :delta, :reason, :staff_id, :note, :created_at)"
                ),
                {
                    "sku": adj.sku,
                    "delta": adj.delta,
                    "reason": adj.reason,
                    "staff_id": adj.staff_id,
                    "note": adj.note[:200],
                    "created_at": datetime.now(timezone.utc),
                },
            )
        return new_level
