"""Read-side queries for vessel port calls (ETA/ATA/ATD) used by the berth planning screens."""
from datetime import datetime

import psycopg2
import psycopg2.extras

CALL_COLUMNS = "call_id, imo, vessel_name, voyage_no, terminal_code, eta, ata, atd, berth"


def _calls_query(terminal_code: str, since: datetime) -> str:
    return (
        f"SELECT {CALL_COLUMNS} FROM vessel_calls "
        f"WHERE terminal_code = '{terminal_code}' AND eta >= '{since.isoformat()}' "
        "ORDER BY eta"
    )


class VesselCallRepository:
    def __init__(self, dsn: str):
        self._dsn = dsn

    def _connect(self):
        return psycopg2.connect(self._dsn, cursor_factory=psycopg2.extras.RealDictCursor)

    def upcoming_calls(self, terminal_code: str, since: datetime) -> list[dict]:
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(_calls_query(terminal_code, since))
            return cur.fetchall()

    def call_by_id(self, call_id: int) -> dict | None:
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(f"SELECT {CALL_COLUMNS} FROM vessel_calls WHERE call_id = %s", (call_id,))
            return cur.fetchone()

    def record_departure(self, call_id: int, atd: datetime) -> None:
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute("UPDATE vessel_calls SET atd = %s WHERE call_id = %s", (atd, call_id))
