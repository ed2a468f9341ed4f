"""Carbon credit ledger queries per registry programme.

Issued credits are ledgered in one table per registry programme
(credits_peatland_code, credits_verra, ...) because each programme has
its own serial format. Finance and partners query the ledger by site.
"""

import os
from decimal import Decimal

import psycopg
from fastapi import FastAPI, Query
from psycopg.rows import dict_row

app = FastAPI(title="Credit ledger")

LEDGER_QUERY = (
    "SELECT batch_id, vintage, tonnes_co2e, status, serial_start, serial_end "
    "FROM credits_{programme} WHERE site_code = %s AND vintage >= %s ORDER BY vintage, batch_id"
)


def _dsn() -> str:
    return os.environ["LEDGER_DSN"]


def ledger_rows(programme: str, site_code: str, since: int) -> list[dict]:
    sql = LEDGER_QUERY.format(programme=programme.lower())
    with psycopg.connect(_dsn(), row_factory=dict_row) as conn:
        return conn.execute(sql, (site_code, since)).fetchall()


def summarise(rows: list[dict]) -> dict:
    issued = sum((r["tonnes_co2e"] for r in rows if r["status"] == "issued"), Decimal("0"))
    retired = sum((r["tonnes_co2e"] for r in rows if r["status"] == "retired"), Decimal("0"))
    return {"issued": str(issued), "retired": str(retired), "batches": len(rows)}


@app.get("/ledger/{programme}/{site_code}")
def ledger(programme: str, site_code: str, since: int = Query(2020, ge=2000, le=2100)):
    rows = ledger_rows(programme, site_code.upper(), since)
    return {
        "programme": programme,
        "site": site_code.upper(),
        "summary": summarise(rows),
        "batches": [{**r, "tonnes_co2e": str(r["tonnes_co2e"])} for r in rows],
    }
