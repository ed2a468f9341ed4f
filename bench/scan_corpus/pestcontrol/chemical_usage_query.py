"""Query helpers for the chemical usage ledger kept on each technician tablet (SQLite)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class UsageTotal:
    product: str
    epa_reg_no: str
    total_ml: Decimal
    applications: int


class UsageLedger:
    def __init__(self, path: str):
        self._conn = sqlite3.connect(path, detect_types=sqlite3.PARSE_DECLTYPES)

    def log_application(self, job_id: int, epa_reg_no: str, quantity_ml: Decimal,
                        target_pest: str, applied_on: date) -> None:
        with self._conn:
            self._conn.execute(
                "INSERT INTO usage_log (job_id, epa_reg_no, quantity_ml, target_pest, applied_on)"
                " VALUES (?, ?, ?, ?, ?)",
                (job_id, epa_reg_no, str(quantity_ml), target_pest, applied_on.isoformat()),
            )

    def totals_for(self, technician: str, start: date, end: date,
                   product_like: str | None = None) -> list[UsageTotal]:
        sql = (
            "SELECT p.trade_name, u.epa_reg_no, SUM(u.quantity_ml), COUNT(*)"
            " FROM usage_log u JOIN products p ON p.epa_reg_no = u.epa_reg_no"
            " JOIN jobs j ON j.id = u.job_id"
            " WHERE j.technician_badge = ? AND u.applied_on BETWEEN ? AND ?"
        )
        params: list[object] = [technician, start.isoformat(), end.isoformat()]
        if product_like:
            sql += " AND p.trade_name LIKE ?"
            params.append(f"%{product_like}%")
        sql += " GROUP BY p.trade_name, u.epa_reg_no ORDER BY 3 DESC"
        with closing(self._conn.cursor()) as cur:
            cur.execute(sql, params)
            return [UsageTotal(r[0], r[1], Decimal(str(r[2])), r[3]) for r in cur.fetchall()]

    def close(self) -> None:
        self._conn.close()
