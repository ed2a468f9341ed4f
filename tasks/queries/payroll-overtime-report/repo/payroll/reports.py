"""Payroll reports.

Aggregations are written as SQL rather than ORM chains: finance signs off on each query.
"""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class HoursRow:
    employee_no: str
    full_name: str
    department: str
    hours: float


HOURS_SQL = text(
    """
    SELECT e.employee_no, e.full_name, e.department, SUM(t.hours) AS hours
    FROM time_entries AS t
    JOIN employees AS e ON e.id = t.employee_id
    WHERE t.approved = 1 AND t.work_date BETWEEN :start AND :end
    GROUP BY e.id
    ORDER BY e.department, e.full_name
    """
)


def hours_by_employee(session: Session, start: date, end: date) -> list[HoursRow]:
    """Approved hours per employee between two dates, both inclusive."""
    result = session.execute(HOURS_SQL, {"start": start.isoformat(), "end": end.isoformat()})
    return [HoursRow(*row) for row in result]
