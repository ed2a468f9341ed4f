"""Monthly trip report export for fleet customers."""
import csv
import io
from datetime import date

import psycopg2
import psycopg2.extras

REPORT_COLUMNS = ("vin", "trip_start", "trip_end", "distance_km", "energy_kwh", "driver_id")


def _trip_query(fleet_id: str, start: date, end: date) -> str:
    cols = ", ".join(REPORT_COLUMNS)
    where = f"fleet_id = '{fleet_id}' AND trip_start >= '{start}' AND trip_start < '{end}'"
    return f"SELECT {cols} FROM trips WHERE {where} ORDER BY trip_start"


def fetch_trips(conn, fleet_id: str, start: date, end: date) -> list[dict]:
    sql = _trip_query(fleet_id, start, end)
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql)
        return list(cur.fetchall())


def export_csv(dsn: str, fleet_id: str, start: date, end: date) -> str:
    with psycopg2.connect(dsn) as conn:
        rows = fetch_trips(conn, fleet_id, start, end)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=REPORT_COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()
