"""Repository for the coppice rotation plan.

The plan records which coupes are due for cutting each winter, who is
buying the standing crop or rods, and what was actually cut.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Optional

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Engine


@dataclass
class PlannedCut:
    coupe_name: str
    wood_name: str
    season: str
    area_ha: float
    buyer: Optional[str]


class RotationPlanRepository:
    _DUE_SQL = text(
        "SELECT c.coupe_name, c.wood_name, p.season, c.area_ha, p.buyer "
        "FROM rotation_plan p JOIN coupes c ON c.coupe_id = p.coupe_id "
        "WHERE p.season = :season AND c.wood_name IN :woods "
        "ORDER BY c.wood_name, c.coupe_name"
    ).bindparams(bindparam("woods", expanding=True))

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def due_in_season(self, season: str, woods: list[str]) -> list[PlannedCut]:
        with self._engine.connect() as conn:
            rows = conn.execute(self._DUE_SQL, {"season": season, "woods": woods})
            return [PlannedCut(*row) for row in rows]

    def assign_buyer(self, coupe_name: str, season: str, buyer: str) -> int:
        with self._engine.begin() as conn:
            result = conn.execute(
                text(
                    "UPDATE rotation_plan SET buyer = :buyer "
                    "WHERE season = :season AND coupe_id = "
                    "(SELECT coupe_id FROM coupes WHERE coupe_name = :coupe)"
                ),
                {"buyer": buyer, "season": season, "coupe": coupe_name},
            )
            return result.rowcount

    def record_cut(self, coupe_name: str, cut_on: date, stools: int, bundles: int) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO rotation_cuts (coupe_id, cut_year, cut_on, stools_cut, rod_bundles) "
                    "SELECT coupe_id, :year, :cut_on, :stools, :bundles FROM coupes WHERE coupe_name = :coupe"
                ),
                {
                    "year": cut_on.year,
                    "cut_on": cut_on,
                    "stools": stools,
                    "bundles": bundles,
                    "coupe": coupe_name,
                },
            )
