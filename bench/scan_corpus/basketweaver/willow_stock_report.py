"""Stock report API for the willow store: rods by variety, length and location."""
import os
from contextlib import contextmanager

import psycopg2
import psycopg2.extras
from fastapi import FastAPI, Query

app = FastAPI(title="willow-stock")

DSN = os.environ["STOCK_DSN"]


@contextmanager
def connection():
    conn = psycopg2.connect(DSN)
    try:
        yield conn
    finally:
        conn.close()


def fetch_stock(conn, sort: str, direction: str, min_bolts: int, variety: str | None) -> list[dict]:
    dir_sql = "DESC" if direction.lower() == "desc" else "ASC"
    where = "bolts >= %s"
    params: list = [min_bolts]
    if variety:
        where += " AND variety = %s"
        params.append(variety)
    query = f"SELECT variety, colour, length_ft, bolts, store_location FROM willow_stock WHERE {where} ORDER BY {sort} {dir_sql}"
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(query, params)
        return list(cur.fetchall())


def totals_by_variety(rows: list[dict]) -> dict[str, int]:
    totals: dict[str, int] = {}
    for row in rows:
        totals[row["variety"]] = totals.get(row["variety"], 0) + row["bolts"]
    return totals


@app.get("/stock")
def stock(
    sort: str = Query("variety"),
    direction: str = Query("asc"),
    min_bolts: int = Query(0, ge=0),
    variety: str | None = None,
):
    with connection() as conn:
        rows = fetch_stock(conn, sort, direction, min_bolts, variety)
    return {"rows": rows, "totals": totals_by_variety(rows)}


@app.get("/stock/low")
def low_stock(threshold: int = Query(5, ge=0)):
    with connection() as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT variety, length_ft, bolts FROM willow_stock WHERE bolts < %s ORDER BY bolts",
            (threshold,),
        )
        return [{"variety": v, "length_ft": length, "bolts": b} for v, length, b in cur.fetchall()]
