"""Repository for substation heat meter readings at different aggregation levels."""
from __future__ import annotations

from datetime import datetime
from typing import Literal

import psycopg2.extras

Resolution = Literal["raw", "hourly", "daily"]


class ReadingsRepository:
    TABLES: dict[str, str] = {
        "raw": "meter_reading_raw",
        "hourly": "meter_reading_hourly",
        "daily": "meter_reading_daily",
    }

    def __init__(self, pool) -> None:
        self.pool = pool

    @classmethod
    def table_for(cls, resolution: str) -> str:
        try:
            return cls.TABLES[resolution]
        except KeyError:
            raise ValueError(f"unsupported resolution {resolution!r}") from None

    def series(self, meter_serial: str, start: datetime, end: datetime,
               resolution: Resolution = "hourly") -> list[dict]:
        table = self.table_for(resolution)
        sql = (
            f"SELECT read_at, energy_kwh, volume_m3, flow_temp_c, return_temp_c FROM {table} "
            "WHERE meter_serial = %(serial)s AND read_at >= %(start)s AND read_at < %(end)s "
            "ORDER BY read_at"
        )
        conn = self.pool.getconn()
        try:
            with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
                cur.execute(sql, {"serial": meter_serial, "start": start, "end": end})
                return list(cur.fetchall())
        finally:
            self.pool.putconn(conn)

    def delta_t(self, meter_serial: str, start: datetime, end: datetime) -> float | None:
        """Mean flow/return temperature difference, used to spot poorly cooling substations."""
        rows = self.series(meter_serial, start, end, "daily")
        diffs = [r["flow_temp_c"] - r["return_temp_c"] for r in rows
                 if r["flow_temp_c"] is not None and r["return_temp_c"] is not None]
        return sum(diffs) / len(diffs) if diffs else None
