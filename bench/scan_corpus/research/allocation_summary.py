"""Summarise core-hour usage for several allocation accounts at once.

Used by the grant reporting dashboard, which passes a PI's accounts and a
reporting window.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date


@dataclass
class AccountUsage:
    account: str
    core_hours: float
    gpu_hours: float
    jobs: int


def usage_for_accounts(
    conn: sqlite3.Connection, accounts: list[str], since: date, until: date
) -> list[AccountUsage]:
    if not accounts:
        return []
    placeholders = ", ".join("?" for _ in accounts)
    query = (
        "SELECT account, SUM(cpu_seconds) / 3600.0, SUM(gpu_seconds) / 3600.0, COUNT(*) "
        f"FROM job_accounting WHERE account IN ({placeholders}) "
        "AND end_time >= ? AND end_time < ? "
        "GROUP BY account ORDER BY account"
    )
    params = [*accounts, since.isoformat(), until.isoformat()]
    return [
        AccountUsage(account=r[0], core_hours=r[1] or 0.0, gpu_hours=r[2] or 0.0, jobs=r[3])
        for r in conn.execute(query, params)
    ]


def total_core_hours(rows: list[AccountUsage]) -> float:
    return round(sum(r.core_hours for r in rows), 1)
