"""Exports hourly aggregates from the process historian for the quality team."""
import logging
import os

import pyodbc

log = logging.getLogger("historian_export")


def _conn_str() -> str:
    return (
        "DRIVER={ODBC Driver 18 for SQL Server};"
        f"SERVER={os.environ['HISTORIAN_HOST']};"
        f"UID={os.environ['HISTORIAN_USER']};"
        f"PWD={os.environ['HISTORIAN_PASSWORD']};Encrypt=yes"
    )


def connect():
    log.info("connecting to historian %s as %s", os.environ["HISTORIAN_HOST"], os.environ["HISTORIAN_USER"])
    try:
        return pyodbc.connect(_conn_str(), timeout=10)
    except pyodbc.InterfaceError:
        log.error("historian login failed for user %s; check password rotation", os.environ["HISTORIAN_USER"])
        raise


def hourly_averages(tag: str, start, end) -> list[tuple]:
    with connect() as conn:
        cur = conn.cursor()
        cur.execute(
            "SELECT DATEADD(hour, DATEDIFF(hour, 0, DateTime), 0) AS h, AVG(Value) "
            "FROM History WHERE TagName = ? AND DateTime >= ? AND DateTime < ? GROUP BY DATEADD(hour, DATEDIFF(hour, 0, DateTime), 0)",
            tag, start, end,
        )
        return cur.fetchall()
