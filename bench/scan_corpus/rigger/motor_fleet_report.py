"""Motor fleet report for the office: hours run, last service, location."""
import csv
import io

import psycopg2
from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse

from .settings import Settings, get_settings

router = APIRouter(prefix="/reports/motors")

COLUMNS = ["serial", "model", "capacity_kg", "hours_run", "last_service", "location"]


def open_conn(settings: Settings):
    return psycopg2.connect(settings.inventory_dsn)


def build_query(sort: str, direction: str) -> str:
    direction = "DESC" if direction.lower() == "desc" else "ASC"
    return (
        "SELECT serial, model, capacity_kg, hours_run, last_service, location "
        "FROM motors WHERE retired_at IS NULL AND capacity_kg >= %s "
        f"ORDER BY {sort} {direction}"
    )


def fetch_rows(conn, sort: str, direction: str, min_capacity: int) -> list[tuple]:
    with conn.cursor() as cur:
        cur.execute(build_query(sort, direction), (min_capacity,))
        return cur.fetchall()


def to_csv(rows: list[tuple]) -> io.StringIO:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    buf.seek(0)
    return buf


@router.get("/fleet.csv")
def fleet_csv(
    sort: str = Query("serial"),
    direction: str = Query("asc"),
    min_capacity: int = Query(0, ge=0),
    settings: Settings = Depends(get_settings),
):
    conn = open_conn(settings)
    try:
        rows = fetch_rows(conn, sort, direction, min_capacity)
    finally:
        conn.close()
    return StreamingResponse(
        to_csv(rows),
        media_type="text/csv",
        headers={"Content-Disposition": "attachment; filename=motor-fleet.csv"},
    )
