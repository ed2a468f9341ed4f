"""Stock repository for graded bundles, used by the shop API and the trade portal."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class StockLine:
    variety: str
    length_cm: int
    grade: str
    bundles: int


class StockFilter:
    """Collects WHERE clauses with bound parameters for the stock query."""

    def __init__(self) -> None:
        self.clauses: list[str] = ["s.bundles > 0"]
        self.params: dict[str, object] = {}

    def variety(self, value: str | None) -> "StockFilter":
        if value:
            self.clauses.append("s.variety = :variety")
            self.params["variety"] = value
        return self

    def grade(self, value: str | None) -> "StockFilter":
        if value:
            self.clauses.append("s.grade = :grade")
            self.params["grade"] = value.upper()
        return self

    def lengths(self, values: list[int] | None) -> "StockFilter":
        if values:
            self.clauses.append("s.length_cm IN :lengths")
            self.params["lengths"] = [int(v) for v in values]
        return self


class BundleStockRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def available(self, flt: StockFilter) -> list[StockLine]:
        stmt = text(
            "SELECT s.variety, s.length_cm, s.grade, SUM(s.bundles) AS bundles "
            "FROM graded_bundles s WHERE " + " AND ".join(flt.clauses) + " "
            "GROUP BY s.variety, s.length_cm, s.grade ORDER BY s.variety, s.length_cm"
        )
        if "lengths" in flt.params:
            stmt = stmt.bindparams(bindparam("lengths", expanding=True))
        with self._engine.connect() as conn:
            rows = conn.execute(stmt, flt.params).all()
        return [StockLine(r.variety, r.length_cm, r.grade, r.bundles) for r in rows]

    def reserve(self, lot: str, bundles: int, order_id: int) -> bool:
        with self._engine.begin() as conn:
            result = conn.execute(
                text(
                    "UPDATE graded_bundles SET bundles = bundles - :n "
                    "WHERE lot = :lot AND bundles >= :n"
                ),
                {"n": bundles, "lot": lot},
            )
            if result.rowcount == 0:
                return False
            conn.execute(
                text("INSERT INTO reservations (lot, bundles, order_id) VALUES (:lot, :n, :o)"),
                {"lot": lot, "n": bundles, "o": order_id},
            )
        return True
