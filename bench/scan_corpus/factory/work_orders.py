"""Maintenance work-order lookups used by the CMMS sync job."""
import os
from datetime import date

import psycopg2

DSN = os.environ.get("CMMS_DSN", "dbname=cmms")

BASE_COLUMNS = "wo_number, asset_tag, task, due_date, status"


def _overdue_sql(asset_tag: str, today: date) -> str:
    return (
        f"SELECT {BASE_COLUMNS} FROM work_orders "
        f"WHERE asset_tag = '{asset_tag}' AND due_date < '{today.isoformat()}' "
        "AND status <> 'closed' ORDER BY due_date"
    )


def _run(sql: str) -> list[tuple]:
    with psycopg2.connect(DSN) as conn, conn.cursor() as cur:
        cur.execute(sql)
        return cur.fetchall()


def overdue_for_asset(asset_tag: str) -> list[dict]:
    rows = _run(_overdue_sql(asset_tag, date.today()))
    keys = [c.strip() for c in BASE_COLUMNS.split(",")]
    return [dict(zip(keys, r)) for r in rows]


def close_work_order(wo_number: str, technician: str) -> None:
    with psycopg2.connect(DSN) as conn, conn.cursor() as cur:
        cur.execute(
            "UPDATE work_orders SET status = 'closed', closed_by = %s, closed_at = now() WHERE wo_number = %s",
            (technician, wo_number),
        )
