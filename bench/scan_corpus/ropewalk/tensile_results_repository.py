"""Repository for tensile test results written by the test rig software.

Results are queried by production run for certificates and by operator name
for the QA manager's monthly review of rig usage.
"""
from dataclasses import dataclass
from datetime import datetime
from typing import Iterable

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Engine

_COLUMNS = "sample_id, run_number, break_load_kn, elongation_pct, tested_at, operator"


@dataclass
class TensileResult:
    sample_id: str
    run_number: str
    break_load_kn: float
    elongation_pct: float
    tested_at: datetime
    operator: str


class TensileResultRepository:
    _by_runs = text(
        f"SELECT {_COLUMNS} FROM tensile_results "
        "WHERE run_number IN :runs AND tested_at >= :since ORDER BY tested_at"
    ).bindparams(bindparam("runs", expanding=True))

    _by_operator = text(
        f"SELECT {_COLUMNS} FROM tensile_results "
        "WHERE operator ILIKE :pattern ESCAPE '\\' ORDER BY tested_at DESC LIMIT :limit"
    )

    _insert = text(
        f"INSERT INTO tensile_results ({_COLUMNS}) VALUES "
        "(:sample_id, :run_number, :break_load_kn, :elongation_pct, :tested_at, :operator)"
    )

    def __init__(self, engine: Engine):
        self._engine = engine

    def for_runs(self, run_numbers: Iterable[str], since: datetime) -> list[TensileResult]:
        with self._engine.connect() as conn:
            rows = conn.execute(self._by_runs, {"runs": list(run_numbers), "since": since})
            return [TensileResult(**row._mapping) for row in rows]

    def by_operator(self, name_fragment: str, limit: int = 100) -> list[TensileResult]:
        escaped = name_fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params = {"pattern": f"%{escaped}%", "limit": min(limit, 500)}
        with self._engine.connect() as conn:
            rows = conn.execute(self._by_operator, params)
            return [TensileResult(**row._mapping) for row in rows]

    def record(self, result: TensileResult) -> None:
        with self._engine.begin() as conn:
            conn.execute(self._insert, result.__dict__)
