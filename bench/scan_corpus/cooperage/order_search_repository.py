"""Search over customer barrel orders for the sales back office."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import List, Optional, Sequence

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, Row


@dataclass
class OrderFilter:
    customer: Optional[str] = None
    oak_origin: Optional[str] = None
    shipped_after: Optional[date] = None
    limit: int = 50


class OrderCriteriaBuilder:
    """Translates the back-office search form into SQL criteria."""

    def __init__(self, flt: OrderFilter) -> None:
        self.flt = flt
        self.params: dict = {}

    def clauses(self) -> List[str]:
        parts: List[str] = []
        if self.flt.customer:
            parts.append(f"c.name ILIKE '%{self.flt.customer}%'")
        if self.flt.oak_origin:
            parts.append("o.oak_origin = :origin")
            self.params["origin"] = self.flt.oak_origin
        if self.flt.shipped_after:
            parts.append("o.shipped_on >= :after")
            self.params["after"] = self.flt.shipped_after
        return parts


class OrderSearchRepository:
    BASE = (
        "SELECT o.order_no, c.name, o.oak_origin, o.toast_level, o.qty, o.shipped_on "
        "FROM barrel_orders o JOIN customers c ON c.id = o.customer_id"
    )

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _statement(self, builder: OrderCriteriaBuilder) -> str:
        where = builder.clauses()
        sql = self.BASE
        if where:
            sql += " WHERE " + " AND ".join(where)
        return sql + " ORDER BY o.order_no DESC LIMIT :limit"

    def search(self, flt: OrderFilter) -> Sequence[Row]:
        builder = OrderCriteriaBuilder(flt)
        statement = self._statement(builder)
        params = {**builder.params, "limit": min(flt.limit, 500)}
        with self.engine.connect() as conn:
            return conn.execute(text(statement), params).fetchall()


def build_repository(dsn: str) -> OrderSearchRepository:
    return OrderSearchRepository(create_engine(dsn, pool_pre_ping=True))
