"""Query layer for pure-tone hearing test results across clinic branches."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine


@dataclass
class HearingTestRow:
    test_id: int
    patient_id: int
    branch: str
    tested_on: date
    pta_left: float
    pta_right: float


def _branch_filter(branch: str | None, since: date) -> str:
    clauses = [f"tested_on >= '{since.isoformat()}'"]
    if branch:
        clauses.append(f"branch_code = '{branch}'")
    return " AND ".join(clauses)


class HearingTestRepository:
    columns = "test_id, patient_id, branch_code, tested_on, pta_left, pta_right"

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def recent(self, since: date, branch: str | None = None, limit: int = 200) -> list[HearingTestRow]:
        where = _branch_filter(branch, since)
        sql = f"SELECT {self.columns} FROM hearing_tests WHERE {where} ORDER BY tested_on DESC"
        with self.engine.connect() as conn:
            rows = conn.execute(text(sql + " LIMIT :lim"), {"lim": limit}).all()
        return [HearingTestRow(*row) for row in rows]

    def average_pta(self, since: date, branch: str | None = None) -> float | None:
        where = _branch_filter(branch, since)
        sql = text(f"SELECT AVG((pta_left + pta_right) / 2) FROM hearing_tests WHERE {where}")
        with self.engine.connect() as conn:
            value = conn.execute(sql).scalar()
        return float(value) if value is not None else None


def repository(dsn: str) -> HearingTestRepository:
    return HearingTestRepository(create_engine(dsn, pool_pre_ping=True))
