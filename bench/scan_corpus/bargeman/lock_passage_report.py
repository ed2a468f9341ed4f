"""Monthly lock passage report for the waterway authority liaison office."""
import csv
import io
import sqlite3
from dataclasses import dataclass

from bargeman.settings import settings


@dataclass
class PassageFilter:
    lock_code: str
    month: str
    direction: str = "both"


PASSAGE_SQL = (
    "SELECT p.passed_at, v.name, v.eni_number, p.direction, p.chamber, p.wait_minutes "
    "FROM lock_passages p JOIN vessels v ON v.id = p.vessel_id "
    "WHERE p.lock_code = '%s' AND strftime('%%Y-%%m', p.passed_at) = '%s'"
)


def _query_for(f: PassageFilter) -> str:
    sql = PASSAGE_SQL % (f.lock_code, f.month)
    if f.direction in ("up", "down"):
        sql += " AND p.direction = '%s'" % f.direction
    return sql + " ORDER BY p.passed_at"


def passage_rows(f: PassageFilter) -> list[tuple]:
    conn = sqlite3.connect(settings.OPERATIONS_DB)
    try:
        return conn.execute(_query_for(f)).fetchall()
    finally:
        conn.close()


def passage_report_csv(lock_code: str, month: str, direction: str = "both") -> str:
    rows = passage_rows(PassageFilter(lock_code=lock_code, month=month, direction=direction))
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["passed_at", "vessel", "eni", "direction", "chamber", "wait_minutes"])
    writer.writerows(rows)
    return buf.getvalue()
