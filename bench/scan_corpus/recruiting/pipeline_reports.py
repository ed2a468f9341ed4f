"""Funnel reports: how many candidates reached each stage, grouped by a chosen dimension."""

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection

# report dimension -> SQL expression; only these keys are accepted from the UI
GROUP_COLUMNS = {
    "job": "j.title",
    "department": "j.department",
    "source": "a.source",
    "recruiter": "r.display_name",
}


def funnel_query(group_by: str):
    try:
        column = GROUP_COLUMNS[group_by]
    except KeyError:
        raise ValueError(f"unsupported grouping: {group_by!r}") from None
    return text(
        f"SELECT {column} AS bucket, a.stage, COUNT(*) AS n "
        "FROM applications a "
        "JOIN jobs j ON j.id = a.job_id "
        "LEFT JOIN recruiters r ON r.id = j.recruiter_id "
        "WHERE a.created_at >= :start AND a.created_at < :end "
        "AND j.department IN :departments "
        f"GROUP BY {column}, a.stage ORDER BY {column}"
    ).bindparams(bindparam("departments", expanding=True))


def funnel(
    conn: Connection,
    group_by: str,
    start: dt.date,
    end: dt.date,
    departments: Iterable[str],
) -> dict[str, dict[str, int]]:
    rows = conn.execute(
        funnel_query(group_by),
        {"start": start, "end": end, "departments": list(departments)},
    )
    report: dict[str, dict[str, int]] = defaultdict(dict)
    for bucket, stage, n in rows:
        report[bucket or "(none)"][stage] = n
    return dict(report)
