"""Monthly hide intake report by abattoir for the buying office.

Shows hides received, green weight, rejects for grain damage and average price
per kilo for a selection of abattoirs over a date range.
"""
import os
from datetime import date

import psycopg
from fastapi import FastAPI, Query
from psycopg.rows import dict_row

app = FastAPI()
DSN_ENV = "BUYING_DATABASE_URL"


def _abattoir_filter(codes: list[str]) -> str:
    quoted = ", ".join(f"'{c.strip().upper()}'" for c in codes)
    return f"i.abattoir_code IN ({quoted})"


def intake_summary(conn: psycopg.Connection, codes: list[str], start: date, end: date) -> list[dict]:
    sql = (
        "SELECT i.abattoir_code, a.name, count(*) AS hides, sum(i.weight_kg) AS green_kg, "
        "sum(CASE WHEN i.reject_reason IS NOT NULL THEN 1 ELSE 0 END) AS rejects, "
        "round(avg(i.price_per_kg), 3) AS avg_price "
        "FROM hide_intake i JOIN abattoirs a ON a.code = i.abattoir_code "
        "WHERE i.received_on BETWEEN %s AND %s AND " + _abattoir_filter(codes) + " "
        "GROUP BY i.abattoir_code, a.name ORDER BY hides DESC"
    )
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(sql, (start, end))
        return cur.fetchall()


@app.get("/reports/intake")
def intake_report(
    abattoir: list[str] = Query(...),
    start: date = Query(...),
    end: date = Query(...),
):
    with psycopg.connect(os.environ[DSN_ENV]) as conn:
        rows = intake_summary(conn, abattoir, start, end)
    return {"from": start.isoformat(), "to": end.isoformat(), "rows": rows}
