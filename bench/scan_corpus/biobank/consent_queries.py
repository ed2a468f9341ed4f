"""Reporting queries over the consent register.

Used by the consent dashboard and the nightly withdrawal reconciliation job.
"""
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass
class ConsentFilter:
    study_code: str
    status: str = "active"
    signed_after: date | None = None


def _consent_sql(flt: ConsentFilter) -> str:
    clauses = [f"c.study_code = '{flt.study_code}'", f"c.status = '{flt.status}'"]
    if flt.signed_after:
        clauses.append(f"c.signed_on >= '{flt.signed_after.isoformat()}'")
    return (
        "SELECT c.participant_id, c.form_version, c.signed_on, c.status "
        "FROM consent c WHERE " + " AND ".join(clauses) + " ORDER BY c.signed_on"
    )


class ConsentReport:
    def __init__(self, engine: Engine):
        self.engine = engine

    def rows(self, flt: ConsentFilter) -> list[dict]:
        with self.engine.connect() as conn:
            result = conn.execute(text(_consent_sql(flt)))
            return [dict(r._mapping) for r in result]

    def count_by_version(self, study_code: str) -> dict[str, int]:
        with self.engine.connect() as conn:
            result = conn.execute(
                text(
                    "SELECT form_version, COUNT(*) AS n FROM consent "
                    "WHERE study_code = :study GROUP BY form_version"
                ),
                {"study": study_code},
            )
            return {r.form_version: r.n for r in result}
