"""Find locums who have marked themselves available for a set of dates.

Used when a trust sends a block request (e.g. cover for a whole rota gap).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Engine

AVAILABILITY_SQL = text(
    """
    SELECT a.clinician_id, c.full_name, c.grade, count(*) AS days_available
    FROM availability a
    JOIN clinicians c ON c.id = a.clinician_id
    WHERE a.available_on IN :days
      AND c.grade IN :grades
      AND c.active
      AND NOT EXISTS (
          SELECT 1 FROM trust_exclusions x
          WHERE x.clinician_id = c.id AND x.trust_code = :trust
      )
    GROUP BY a.clinician_id, c.full_name, c.grade
    HAVING count(*) >= :min_days
    ORDER BY days_available DESC, c.full_name
    """
).bindparams(bindparam("days", expanding=True), bindparam("grades", expanding=True))


@dataclass
class AvailableLocum:
    clinician_id: int
    name: str
    grade: str
    days_available: int


def find_available(
    engine: Engine,
    trust_code: str,
    days: list[date],
    grades: list[str],
    min_days: int = 1,
) -> list[AvailableLocum]:
    if not days or not grades:
        return []
    with engine.connect() as conn:
        result = conn.execute(
            AVAILABILITY_SQL,
            {"days": days, "grades": grades, "trust": trust_code, "min_days": min_days},
        )
        return [AvailableLocum(*row) for row in result]
