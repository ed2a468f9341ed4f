"""Catalogue of horseshoe patterns and sizes held in the forge, used when planning a round."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import bindparam, create_engine, text
from sqlalchemy.engine import Engine

FIND_FITTING = text(
    "SELECT s.sku, s.pattern, s.size, s.material, s.position, COALESCE(st.quantity, 0) AS on_hand "
    "FROM shoe_catalogue s "
    "LEFT JOIN forge_stock st ON st.sku = s.sku AND st.van_registration = :van "
    "WHERE s.position = :position AND s.size BETWEEN :min_size AND :max_size "
    "AND s.material IN :materials "
    "ORDER BY s.size, s.pattern"
).bindparams(bindparam("materials", expanding=True))


@dataclass(frozen=True)
class ShoeOption:
    sku: str
    pattern: str
    size: str
    material: str
    position: str
    on_hand: int


class ShoeCatalogue:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def from_url(cls, url: str) -> "ShoeCatalogue":
        return cls(create_engine(url, pool_pre_ping=True))

    def fitting(
        self,
        van: str,
        position: str,
        size: str,
        materials: list[str],
        spread: int = 1,
    ) -> list[ShoeOption]:
        numeric = int(size.rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") or 0)
        params = {
            "van": van,
            "position": position,
            "min_size": str(max(0, numeric - spread)),
            "max_size": str(numeric + spread),
            "materials": materials or ["steel"],
        }
        with self.engine.connect() as conn:
            result = conn.execute(FIND_FITTING, params)
            return [ShoeOption(**row._mapping) for row in result]

    def shortfall(self, van: str, needed: dict[str, int]) -> dict[str, int]:
        stmt = text(
            "SELECT sku, quantity FROM forge_stock WHERE van_registration = :van AND sku IN :skus"
        ).bindparams(bindparam("skus", expanding=True))
        with self.engine.connect() as conn:
            on_hand = dict(conn.execute(stmt, {"van": van, "skus": list(needed)}).all())
        return {sku: qty - on_hand.get(sku, 0) for sku, qty in needed.items() if qty > on_hand.get(sku, 0)}
