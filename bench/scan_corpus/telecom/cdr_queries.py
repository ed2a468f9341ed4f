"""Usage lookups over the rated voice CDR table for the care agent console."""
from datetime import date, datetime
from typing import Any

import psycopg2
import psycopg2.extras

USAGE_COLUMNS = "call_start, called_number, duration_s, charge_units, cell_id"


def _usage_query(msisdn: str, start: date, end: date) -> str:
    return (
        f"SELECT {USAGE_COLUMNS} FROM cdr_voice "
        f"WHERE calling_number = '{msisdn}' "
        f"AND call_start >= '{start:%Y-%m-%d}' AND call_start < '{end:%Y-%m-%d}' "
        "ORDER BY call_start"
    )


def fetch_usage(dsn: str, msisdn: str, start: date, end: date) -> list[dict[str, Any]]:
    sql = _usage_query(msisdn, start, end)
    with psycopg2.connect(dsn) as conn:
        with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(sql)
            return [dict(row) for row in cur.fetchall()]


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    total_seconds = sum(r["duration_s"] for r in rows)
    total_units = sum(r["charge_units"] for r in rows)
    last_call = max((r["call_start"] for r in rows), default=None)
    return {
        "calls": len(rows),
        "minutes": round(total_seconds / 60, 1),
        "charge_units": total_units,
        "last_call": last_call.isoformat() if isinstance(last_call, datetime) else None,
    }
