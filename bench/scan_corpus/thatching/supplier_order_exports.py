"""Downloadable CSV exports of supplier orders (reed, straw, hazel spars, liggers).

A nightly job writes one CSV per supplier per month into EXPORT_DIR; the buyer
downloads them from the purchasing dashboard to reconcile invoices. The app is
mounted behind the office single sign-on proxy.
"""
from __future__ import annotations

import csv
import os
from datetime import date
from pathlib import Path

import psycopg
from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
EXPORT_DIR = Path(os.environ.get("ORDER_EXPORT_DIR", "/var/lib/thatch/exports"))
CONNINFO = os.environ["PURCHASING_CONNINFO"]


def write_monthly_export(supplier_id: int, month: date) -> Path:
    """Called by the nightly job; file names come from the supplier id and month."""
    EXPORT_DIR.mkdir(parents=True, exist_ok=True)
    target = EXPORT_DIR / f"orders-{supplier_id}-{month:%Y-%m}.csv"
    with psycopg.connect(CONNINFO) as conn, target.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["order_no", "ordered_on", "item", "quantity", "unit", "unit_price_pence"])
        for row in conn.execute(
            "SELECT o.order_no, o.ordered_on, l.item, l.quantity, l.unit, l.unit_price_pence "
            "FROM supplier_orders o JOIN order_lines l ON l.order_id = o.id "
            "WHERE o.supplier_id = %s AND date_trunc('month', o.ordered_on) = %s "
            "ORDER BY o.ordered_on, o.order_no",
            (supplier_id, month.replace(day=1)),
        ):
            writer.writerow(row)
    return target


@app.get("/exports")
def list_exports():
    if not EXPORT_DIR.is_dir():
        return []
    return sorted(p.name for p in EXPORT_DIR.glob("orders-*.csv"))


@app.get("/exports/{filename:path}")
def download_export(filename: str):
    path = EXPORT_DIR / filename
    if not path.is_file():
        raise HTTPException(status_code=404, detail="no such export")
    return FileResponse(path, media_type="text/csv", filename=path.name)
