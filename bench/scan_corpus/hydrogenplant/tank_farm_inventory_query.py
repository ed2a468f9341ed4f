"""Inventory snapshot across the storage tiers of the hydrogen tank farm."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar


@dataclass(frozen=True)
class InventoryRow:
    tank_id: str
    tier: str
    mass_kg: float
    recorded_at: str


class InventoryRepository:
    """Each storage tier has its own table written by a separate collector."""

    TIER_TABLES: ClassVar[dict[str, str]] = {
        "low": "inventory_lp_buffer",
        "medium": "inventory_mp_storage",
        "high": "inventory_hp_cascade",
    }

    def __init__(self, path: str) -> None:
        self.conn = sqlite3.connect(path)

    @classmethod
    def table_for(cls, tier: str) -> str:
        try:
            return cls.TIER_TABLES[tier]
        except KeyError:
            raise ValueError(f"unknown storage tier: {tier}") from None

    def latest(self, tier: str, tank_prefix: str = "", at: datetime | None = None) -> list[InventoryRow]:
        table = self.table_for(tier)
        cutoff = (at or datetime.utcnow()).isoformat(timespec="seconds")
        sql = (
            f"SELECT tank_id, mass_kg, MAX(recorded_at) FROM {table} "
            "WHERE tank_id LIKE ? AND recorded_at <= ? GROUP BY tank_id ORDER BY tank_id"
        )
        rows = self.conn.execute(sql, (tank_prefix + "%", cutoff)).fetchall()
        return [InventoryRow(tank_id=r[0], tier=tier, mass_kg=r[1], recorded_at=r[2]) for r in rows]

    def total_mass(self, at: datetime | None = None) -> float:
        return sum(r.mass_kg for tier in self.TIER_TABLES for r in self.latest(tier, at=at))


def handle_inventory(params: dict[str, str], repo: InventoryRepository) -> dict:
    tier = params.get("tier", "high")
    rows = repo.latest(tier, params.get("prefix", ""))
    return {
        "tier": tier,
        "tanks": [r.__dict__ for r in rows],
        "mass_kg": round(sum(r.mass_kg for r in rows), 1),
    }
