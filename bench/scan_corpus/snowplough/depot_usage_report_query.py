"""Season usage report across material tables for the winter operations manager."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection


@dataclass(frozen=True)
class MaterialSource:
    table: str
    quantity_column: str
    unit: str


class UsageReport:
    SOURCES: dict[str, MaterialSource] = {
        "salt": MaterialSource("salt_movements", "tonnes", "t"),
        "brine": MaterialSource("brine_movements", "litres", "l"),
        "grit": MaterialSource("grit_movements", "tonnes", "t"),
    }

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    @classmethod
    def source_for(cls, material: str) -> MaterialSource:
        try:
            return cls.SOURCES[material]
        except KeyError:
            raise ValueError(f"unknown material {material!r}") from None

    def _statement(self, src: MaterialSource):
        return text(
            f"SELECT depot_code, SUM({src.quantity_column}) AS used FROM {src.table} "
            "WHERE direction = 'out' AND movement_date BETWEEN :start AND :end "
            "AND depot_code = ANY(:depots) GROUP BY depot_code ORDER BY used DESC"
        )

    def usage(self, material: str, start: date, end: date, depots: list[str]) -> list[dict[str, Any]]:
        src = self.source_for(material)
        rows = self.conn.execute(self._statement(src), {"start": start, "end": end, "depots": depots})
        return [{"depot": r.depot_code, "used": float(r.used), "unit": src.unit} for r in rows]


def season_report(conn: Connection, depots: list[str], season_start: date, season_end: date) -> dict[str, Any]:
    report = UsageReport(conn)
    return {
        material: report.usage(material, season_start, season_end, depots)
        for material in UsageReport.SOURCES
    }
