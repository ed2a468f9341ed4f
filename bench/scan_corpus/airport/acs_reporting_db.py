"""Read-only connection to the access control system (ACS) database."""
from __future__ import annotations

import contextlib
import os
from typing import Iterator

import pyodbc

ACS_DRIVER = "{ODBC Driver 18 for SQL Server}"
ACS_DATABASE = "ACS_Main"
DEFAULT_USER = "acs_report_ro"
PASSWORD_ENV = "ACS_DB_PASSWORD"


def _conn_str(host: str, user: str, password: str) -> str:
    return (
        f"DRIVER={ACS_DRIVER};SERVER={host};DATABASE={ACS_DATABASE};"
        f"UID={user};PWD={password};Encrypt=yes;TrustServerCertificate=no"
    )


@contextlib.contextmanager
def acs_connection(host: str | None = None, user: str = DEFAULT_USER,
                   password: str | None = None) -> Iterator[pyodbc.Connection]:
    host = host or os.environ.get("ACS_DB_HOST", "acs-sql.ops.internal")
    password = password or os.environ[PASSWORD_ENV]
    conn = pyodbc.connect(_conn_str(host, user, password), timeout=10, readonly=True)
    try:
        yield conn
    finally:
        conn.close()


def badge_status(badge_number: str) -> dict | None:
    with acs_connection() as conn:
        row = conn.cursor().execute(
            "SELECT b.Status, b.ValidTo FROM Badges b WHERE b.Number = ?", badge_number
        ).fetchone()
    if row is None:
        return None
    return {"status": row[0], "valid_to": row[1].isoformat() if row[1] else None}
