"""Bike hire fleet lookups for the hire desk tablet app."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine


@dataclass
class FleetBike:
    bike_id: int
    frame_size: str
    gear_ratio: str
    pedal_system: str
    status: str


class FleetFilter:
    """Collects conditions with bound parameters for the fleet query."""

    def __init__(self):
        self.conditions: list[str] = ["status = 'available'"]
        self.params: dict[str, object] = {}

    def add(self, column: str, value: str) -> "FleetFilter":
        placeholder = f"p_{column}"
        self.conditions.append(f"{column} = :{placeholder}")
        self.params[placeholder] = value
        return self

    def statement(self):
        return text(
            "SELECT bike_id, frame_size, gear_ratio, pedal_system, status FROM hire_bikes "
            "WHERE " + " AND ".join(self.conditions) + " ORDER BY bike_id"
        )


FILTERABLE = {"frame_size": "frame_size", "pedals": "pedal_system", "gearing": "gear_ratio"}


class BikeFleet:
    def __init__(self, url: str):
        self.engine: Engine = create_engine(url, pool_pre_ping=True)

    def available(self, query_args: dict[str, str]) -> list[FleetBike]:
        f = FleetFilter()
        for arg, column in FILTERABLE.items():
            if query_args.get(arg):
                f.add(column, query_args[arg])
        with self.engine.connect() as conn:
            rows = conn.execute(f.statement(), f.params).all()
        return [FleetBike(*row) for row in rows]

    def check_out(self, bike_id: int, hire_id: int) -> bool:
        with self.engine.begin() as conn:
            result = conn.execute(
                text(
                    "UPDATE hire_bikes SET status = 'hired', current_hire = :hire "
                    "WHERE bike_id = :bike AND status = 'available'"
                ),
                {"hire": hire_id, "bike": bike_id},
            )
        return result.rowcount == 1
