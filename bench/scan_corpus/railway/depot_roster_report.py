"""Weekly depot roster report: who is booked on which duty, with sortable columns."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection

_SORT_COLUMNS = {
    "sign_on": "d.sign_on",
    "duty": "d.duty_no",
    "surname": "c.surname",
    "hours": "d.planned_minutes",
}

_BASE_QUERY = """
SELECT d.duty_date, d.duty_no, d.sign_on, d.sign_off, d.planned_minutes,
       c.staff_no, c.surname, c.grade
FROM duties d
JOIN crew c ON c.staff_no = d.staff_no
WHERE d.depot = :depot
  AND d.duty_date BETWEEN :start AND :end
  AND c.grade IN :grades
ORDER BY {order_by} {direction}, d.duty_no
"""


def build_query(sort: str = "sign_on", descending: bool = False):
    try:
        order_by = _SORT_COLUMNS[sort]
    except KeyError:
        raise ValueError(f"cannot sort by {sort!r}") from None
    sql = _BASE_QUERY.format(order_by=order_by, direction="DESC" if descending else "ASC")
    return text(sql).bindparams(bindparam("grades", expanding=True))


def weekly_roster(conn: Connection, depot: str, week_start: dt.date, grades: list[str], sort: str = "sign_on"):
    query = build_query(sort)
    params = {
        "depot": depot.upper(),
        "start": week_start,
        "end": week_start + dt.timedelta(days=6),
        "grades": grades,
    }
    return [dict(row) for row in conn.execute(query, params).mappings()]
