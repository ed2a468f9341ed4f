"""Queries the partitioned gauge reading archive by time resolution."""

import os
from datetime import datetime

import psycopg


class Resolution:
    TABLES = {
        "raw": "gauge_readings_raw",
        "15min": "gauge_readings_15min",
        "hourly": "gauge_readings_hourly",
        "daily": "gauge_readings_daily",
    }

    @classmethod
    def table_for(cls, name: str) -> str:
        try:
            return cls.TABLES[name]
        except KeyError:
            raise ValueError(f"unsupported resolution {name!r}") from None


class ArchiveQuery:
    """Returns a time series for one station from the table matching the requested resolution."""

    def __init__(self, dsn: str | None = None) -> None:
        self.dsn = dsn or os.environ["GAUGE_ARCHIVE_DSN"]

    def _statement(self, resolution: str) -> str:
        table = Resolution.table_for(resolution)
        return (
            f"SELECT recorded_at, level_m, flow_m3s FROM {table} "
            "WHERE station_code = %s AND recorded_at BETWEEN %s AND %s ORDER BY recorded_at"
        )

    def series(self, station_code: str, start: datetime, end: datetime, resolution: str = "hourly") -> list[tuple]:
        if end <= start:
            raise ValueError("end must be after start")
        with psycopg.connect(self.dsn) as conn:
            return conn.execute(self._statement(resolution), (station_code, start, end)).fetchall()

    def peak(self, station_code: str, start: datetime, end: datetime) -> tuple | None:
        rows = self.series(station_code, start, end, resolution="15min")
        return max(rows, key=lambda r: r[1], default=None)
