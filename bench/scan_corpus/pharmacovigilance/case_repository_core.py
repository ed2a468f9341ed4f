"""Read model for the case triage dashboard (SQLAlchemy Core)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import bindparam, create_engine, text
from sqlalchemy.engine import Engine


@dataclass
class TriageFilter:
    product: str | None = None
    countries: list[str] = field(default_factory=list)
    due_before: date | None = None


class TriageQueryBuilder:
    base = (
        "SELECT c.case_number, c.priority, c.due_date, c.occur_country, p.trade_name "
        "FROM safety_case c JOIN case_product p ON p.case_id = c.id "
        "WHERE c.status = 'TRIAGE'"
    )

    def __init__(self, flt: TriageFilter) -> None:
        self.flt = flt
        self.clauses: list[str] = []
        self.params: dict[str, Any] = {}
        self.expanding: list[str] = []

    def build(self):
        if self.flt.product:
            self.clauses.append("p.trade_name ILIKE :product")
            self.params["product"] = f"%{self.flt.product}%"
        if self.flt.countries:
            self.clauses.append("c.occur_country IN :countries")
            self.params["countries"] = [c.upper() for c in self.flt.countries]
            self.expanding.append("countries")
        if self.flt.due_before:
            self.clauses.append("c.due_date < :due_before")
            self.params["due_before"] = self.flt.due_before
        sql = " AND ".join([self.base, *self.clauses]) + " ORDER BY c.due_date"
        stmt = text(sql)
        for name in self.expanding:
            stmt = stmt.bindparams(bindparam(name, expanding=True))
        return stmt


class TriageRepository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def queue(self, flt: TriageFilter) -> list[dict[str, Any]]:
        builder = TriageQueryBuilder(flt)
        stmt = builder.build()
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(stmt, builder.params).mappings()]


def repository_from_url(url: str) -> TriageRepository:
    return TriageRepository(create_engine(url, pool_size=5, pool_pre_ping=True))
