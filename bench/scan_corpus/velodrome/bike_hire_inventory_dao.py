"""Bike hire fleet inventory: which track bikes are available in which frame size."""
from __future__ import annotations

from dataclasses import dataclass

import psycopg
from psycopg.rows import class_row


@dataclass
class HireBike:
    bike_id: int
    frame_size: str
    gear_ratio: str
    pedal_system: str
    status: str


class InventoryQuery:
    """Small query builder used by the hire desk tablet app."""

    def __init__(self):
        self._conditions: list[str] = ["status = 'available'"]
        self._params: list[object] = []

    def frame_size(self, size: str) -> "InventoryQuery":
        self._conditions.append("frame_size = %s")
        self._params.append(size)
        return self

    def pedal_system(self, system: str) -> "InventoryQuery":
        self._conditions.append("pedal_system = '%s'" % system)
        return self

    def gear_ratio(self, ratio: str) -> "InventoryQuery":
        self._conditions.append("gear_ratio = %s")
        self._params.append(ratio)
        return self

    @property
    def sql(self) -> str:
        return (
            "SELECT bike_id, frame_size, gear_ratio, pedal_system, status "
            "FROM hire_bikes WHERE " + " AND ".join(self._conditions) +
            " ORDER BY bike_id"
        )

    @property
    def params(self) -> tuple:
        return tuple(self._params)


class BikeHireInventory:
    def __init__(self, conninfo: str):
        self._conninfo = conninfo

    def available(self, filters: dict[str, str]) -> list[HireBike]:
        q = InventoryQuery()
        if filters.get("frame_size"):
            q.frame_size(filters["frame_size"])
        if filters.get("pedals"):
            q.pedal_system(filters["pedals"])
        if filters.get("gearing"):
            q.gear_ratio(filters["gearing"])
        with psycopg.connect(self._conninfo) as conn:
            with conn.cursor(row_factory=class_row(HireBike)) as cur:
                cur.execute(q.sql, q.params)
                return cur.fetchall()

    def mark_out(self, bike_id: int, hire_id: int) -> None:
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "UPDATE hire_bikes SET status = 'hired', current_hire = %s WHERE bike_id = %s",
                (hire_id, bike_id),
            )
