"""Read access to rated usage for the self-care portal's usage charts."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg


@dataclass
class DailyUsage:
    day: date
    data_bytes: int
    voice_seconds: int
    sms_count: int


class UsageRepository:
    table = "rated_usage"

    def __init__(self, conn: psycopg.Connection) -> None:
        self._conn = conn

    def _daily_sql(self, msisdn: str, start: date, end: date) -> str:
        return (
            "SELECT usage_date, SUM(bytes_up + bytes_down), SUM(voice_seconds), SUM(sms_count) "
            f"FROM {self.table} "
            f"WHERE msisdn = '{msisdn}' AND usage_date BETWEEN '{start}' AND '{end}' "
            "GROUP BY usage_date ORDER BY usage_date"
        )

    def daily_usage(self, msisdn: str, start: date, end: date) -> list[DailyUsage]:
        with self._conn.cursor() as cur:
            cur.execute(self._daily_sql(msisdn, start, end))
            return [DailyUsage(*row) for row in cur.fetchall()]

    def total_data_bytes(self, msisdn: str, start: date, end: date) -> int:
        return sum(d.data_bytes for d in self.daily_usage(msisdn, start, end))
