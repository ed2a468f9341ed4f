"""Weekly repair-jobs report for the workshop manager.

Lists open jobs with their instrument, customer and bench hours so far;
the manager sorts the table in the browser and the sort is applied server side.
"""
from datetime import date, timedelta

import psycopg2
import psycopg2.extras
from fastapi import FastAPI, Query

app = FastAPI()

DSN = "dbname=workshop user=reports host=db.internal"

BASE_QUERY = """
    SELECT j.id, j.instrument, j.maker, c.name AS customer, j.status,
           j.received_on, COALESCE(SUM(t.hours), 0) AS bench_hours
      FROM repair_jobs j
      JOIN customers c ON c.id = j.customer_id
 LEFT JOIN time_entries t ON t.job_id = j.id
     WHERE j.received_on >= %(since)s AND j.status <> 'closed'
  GROUP BY j.id, c.name
"""


def fetch_jobs(since: date, sort: str, descending: bool) -> list[dict]:
    direction = "DESC" if descending else "ASC"
    sql = BASE_QUERY + " ORDER BY " + sort + " " + direction
    with psycopg2.connect(DSN) as conn:
        with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(sql, {"since": since})
            return [dict(r) for r in cur.fetchall()]


def summarise(rows: list[dict]) -> dict:
    hours = [float(r["bench_hours"]) for r in rows]
    return {
        "open_jobs": len(rows),
        "total_bench_hours": round(sum(hours), 1),
        "awaiting_parts": sum(1 for r in rows if r["status"] == "awaiting_parts"),
    }


@app.get("/reports/open-jobs")
def open_jobs(
    weeks: int = Query(8, ge=1, le=52),
    sort: str = Query("received_on"),
    desc: bool = False,
):
    since = date.today() - timedelta(weeks=weeks)
    rows = fetch_jobs(since, sort, desc)
    return {"summary": summarise(rows), "jobs": rows}
