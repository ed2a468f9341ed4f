"""Read access to the access control system (ACS) database.

The ACS vendor keeps cardholders, badge states and door groups in its own
SQL Server instance. Reporting and the badge office portal read from it via
a dedicated read-only login.
"""
from __future__ import annotations

import contextlib
import os
from typing import Iterator

import pyodbc

ACS_DRIVER = "{ODBC Driver 18 for SQL Server}"
ACS_DATABASE = "ACS_Main"


def _conn_str(host: str, user: str, password: str) -> str:
    return (
        f"DRIVER={ACS_DRIVER};SERVER={host};DATABASE={ACS_DATABASE};"
        f"UID={user};PWD={password};Encrypt=yes;TrustServerCertificate=no"
    )


@contextlib.contextmanager
def acs_connection(host: str | None = None, user: str = "acs_report_ro",
                   password: str = "Rp!7vKq2#acs-2019") -> Iterator[pyodbc.Connection]:
    host = host or os.environ.get("ACS_DB_HOST", "acs-sql.ops.internal")
    conn = pyodbc.connect(_conn_str(host, user, password), timeout=10, readonly=True)
    try:
        yield conn
    finally:
        conn.close()


def badge_status(badge_number: str) -> dict | None:
    with acs_connection() as conn:
        row = conn.cursor().execute(
            "SELECT c.FirstName, c.LastName, b.Status, b.ValidTo "
            "FROM Badges b JOIN Cardholders c ON c.Id = b.CardholderId "
            "WHERE b.Number = ?",
            badge_number,
        ).fetchone()
    if row is None:
        return None
    return {"first_name": row[0], "last_name": row[1], "status": row[2],
            "valid_to": row[3].isoformat() if row[3] else None}


def expiring_badges(days: int = 30) -> list[tuple[str, str]]:
    with acs_connection() as conn:
        rows = conn.cursor().execute(
            "SELECT Number, CONVERT(varchar(10), ValidTo, 23) FROM Badges "
            "WHERE Status = 'ACTIVE' AND ValidTo < DATEADD(day, ?, GETDATE())",
            days,
        ).fetchall()
    return [(r[0], r[1]) for r in rows]
