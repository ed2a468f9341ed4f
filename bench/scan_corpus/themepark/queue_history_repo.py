"""Read side for historical posted wait times (feeds the app's "best time to ride" chart)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import psycopg
from psycopg.rows import dict_row

BUCKET_MINUTES = 15


@dataclass(frozen=True)
class WaitSample:
    bucket: datetime
    avg_wait: float
    max_wait: int


def _history_sql(ride_code: str, day: date) -> str:
    return (
        "SELECT date_trunc('hour', posted_at) "
        f"  + interval '{BUCKET_MINUTES} min' * floor(extract(minute FROM posted_at) / {BUCKET_MINUTES}) AS bucket, "
        "  avg(wait_minutes) AS avg_wait, max(wait_minutes) AS max_wait "
        "FROM queue_posted_waits "
        f"WHERE ride_code = '{ride_code}' AND posted_at::date = '{day.isoformat()}' "
        "GROUP BY bucket ORDER BY bucket"
    )


class QueueHistoryRepository:
    def __init__(self, dsn: str):
        self._dsn = dsn

    def _run(self, query: str) -> list[dict]:
        with psycopg.connect(self._dsn, row_factory=dict_row) as conn:
            with conn.cursor() as cur:
                cur.execute(query)
                return cur.fetchall()

    def day_profile(self, ride_code: str, day: date) -> list[WaitSample]:
        rows = self._run(_history_sql(ride_code, day))
        return [WaitSample(r["bucket"], float(r["avg_wait"]), int(r["max_wait"])) for r in rows]
