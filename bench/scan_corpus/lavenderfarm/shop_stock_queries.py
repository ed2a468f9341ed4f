"""Stock queries for the farm shop: availability by SKU, low-stock alerts, product search."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Engine


@dataclass
class StockLine:
    sku: str
    name: str
    on_hand: int
    reserved: int

    @property
    def available(self) -> int:
        return max(self.on_hand - self.reserved, 0)


class StockQueries:
    _BY_SKUS = text(
        "SELECT sku, name, on_hand, reserved FROM shop_stock WHERE sku IN :skus ORDER BY sku"
    ).bindparams(bindparam("skus", expanding=True))

    _SEARCH = text(
        "SELECT sku, name, on_hand, reserved FROM shop_stock "
        "WHERE lower(name) LIKE :pattern ESCAPE '\\' ORDER BY name LIMIT :limit"
    )

    _LOW = text(
        "SELECT sku, name, on_hand, reserved FROM shop_stock "
        "WHERE on_hand - reserved < :threshold ORDER BY on_hand - reserved"
    )

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @staticmethod
    def _like_pattern(term: str) -> str:
        escaped = term.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return f"%{escaped}%"

    def _run(self, statement, params: dict) -> list[StockLine]:
        with self._engine.connect() as conn:
            return [StockLine(**row) for row in conn.execute(statement, params).mappings()]

    def by_skus(self, skus: Sequence[str]) -> list[StockLine]:
        if not skus:
            return []
        return self._run(self._BY_SKUS, {"skus": list(skus)})

    def search(self, term: str, limit: int = 25) -> list[StockLine]:
        return self._run(self._SEARCH, {"pattern": self._like_pattern(term), "limit": limit})

    def low_stock(self, threshold: int = 10) -> list[StockLine]:
        return self._run(self._LOW, {"threshold": threshold})

    def reserve(self, sku: str, qty: int) -> bool:
        with self._engine.begin() as conn:
            result = conn.execute(
                text(
                    "UPDATE shop_stock SET reserved = reserved + :qty "
                    "WHERE sku = :sku AND on_hand - reserved >= :qty"
                ),
                {"sku": sku, "qty": qty},
            )
            return result.rowcount == 1
