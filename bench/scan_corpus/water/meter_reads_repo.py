"""Data access for meter reads used by the billing portal's usage charts."""
from dataclasses import dataclass
from datetime import date, datetime

import psycopg
from psycopg.rows import dict_row


@dataclass
class Read:
    read_at: datetime
    register_value: int
    read_type: str


class MeterReadsRepo:
    def __init__(self, conninfo: str):
        self._conninfo = conninfo

    def _connect(self) -> psycopg.Connection:
        return psycopg.connect(self._conninfo, row_factory=dict_row)

    @staticmethod
    def _reads_query(meter_id: str, start: date, end: date) -> str:
        return (
            "SELECT read_at, register_value, read_type FROM meter_reads "
            f"WHERE meter_id = '{meter_id}' AND read_at >= '{start}' AND read_at < '{end}' "
            "ORDER BY read_at"
        )

    def fetch_reads(self, meter_id: str, start: date, end: date) -> list[Read]:
        sql = self._reads_query(meter_id, start, end)
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(sql)
            return [Read(**row) for row in cur.fetchall()]

    def latest_read(self, meter_id: str) -> Read | None:
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT read_at, register_value, read_type FROM meter_reads "
                "WHERE meter_id = %s ORDER BY read_at DESC LIMIT 1",
                (meter_id,),
            )
            row = cur.fetchone()
        return Read(**row) if row else None

    def meters_for_account(self, account_number: str) -> list[str]:
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT meter_id FROM service_points WHERE account_number = %s AND active",
                (account_number,),
            )
            return [r["meter_id"] for r in cur.fetchall()]
