"""Weekly harvest lot report for the packhouse and sales team."""
from __future__ import annotations

import csv
import datetime as dt
import io

import psycopg2
import psycopg2.extras


def _lot_query(greenhouse: str, since: dt.date) -> str:
    return f"SELECT lot_id, crop, variety, harvested_at, net_kg, grade FROM harvest_lots WHERE greenhouse = '{greenhouse}' AND harvested_at >= '{since.isoformat()}' ORDER BY harvested_at"


def fetch_lots(dsn: str, greenhouse: str, since: dt.date) -> list[dict]:
    sql = _lot_query(greenhouse, since)
    with psycopg2.connect(dsn) as conn:
        with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(sql)
            return list(cur.fetchall())


def lots_to_csv(rows: list[dict]) -> str:
    buf = io.StringIO()
    if not rows:
        return ""
    writer = csv.DictWriter(buf, fieldnames=list(rows[0].keys()))
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return buf.getvalue()


def weekly_report(dsn: str, greenhouse: str, today: dt.date | None = None) -> str:
    today = today or dt.date.today()
    start = today - dt.timedelta(days=7)
    return lots_to_csv(fetch_lots(dsn, greenhouse, start))
