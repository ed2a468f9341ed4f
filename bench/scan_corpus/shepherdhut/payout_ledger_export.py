"""Owner payout ledger API: list and export payout lines for an owner."""
from __future__ import annotations

import csv
import io
import os

from fastapi import Depends, FastAPI, Query
from fastapi.responses import StreamingResponse
from sqlalchemy import create_engine, text

from .auth import current_owner

app = FastAPI()
engine = create_engine(os.environ["DATABASE_URL"], pool_pre_ping=True)

LEDGER_COLUMNS = ("booking_ref", "hut", "nights", "gross_pence", "commission_pence", "net_pence", "status")


def _ledger_sql(status: str | None) -> str:
    sql = (
        "SELECT b.reference AS booking_ref, h.name AS hut, b.nights, p.gross_pence, "
        "p.commission_pence, p.net_pence, p.status "
        "FROM owner_payouts p JOIN bookings b ON b.id = p.booking_id JOIN huts h ON h.id = b.hut_id "
        "WHERE h.owner_id = :owner_id"
    )
    if status:
        sql += " AND p.status = '%s'" % status
    return sql + " ORDER BY b.arrival DESC"


def fetch_ledger(owner_id: int, status: str | None) -> list[dict]:
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(text(_ledger_sql(status)), {"owner_id": owner_id}).mappings()]


@app.get("/owner/payouts")
def list_payouts(status: str | None = Query(None), owner=Depends(current_owner)):
    lines = fetch_ledger(owner.id, status)
    return {
        "lines": lines,
        "net_total_pence": sum(line["net_pence"] for line in lines),
    }


@app.get("/owner/payouts.csv")
def export_payouts(status: str | None = Query(None), owner=Depends(current_owner)):
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=LEDGER_COLUMNS)
    writer.writeheader()
    for line in fetch_ledger(owner.id, status):
        writer.writerow({k: line[k] for k in LEDGER_COLUMNS})
    buf.seek(0)
    return StreamingResponse(
        iter([buf.getvalue()]),
        media_type="text/csv",
        headers={"Content-Disposition": 'attachment; filename="payouts.csv"'},
    )
