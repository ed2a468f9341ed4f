"""Lease bed report used by the office to answer questions from the lease holders."""
from __future__ import annotations

import csv
import io
import os

import psycopg
from fastapi import APIRouter, Query
from fastapi.responses import PlainTextResponse

router = APIRouter(prefix="/office/leases")


class LeaseBedReport:
    _BEDS_FOR_HOLDER = (
        "SELECT b.bed_code, b.acreage, b.gear_type, b.last_planted, b.status "
        "FROM lease_beds b JOIN leases l ON l.id = b.lease_id "
        "WHERE l.holder_name = '%s' ORDER BY b.bed_code"
    )
    _HARVEST_TOTALS = (
        "SELECT bed_code, sum(dozens) FROM harvest_batches "
        "WHERE bed_code = ANY(%s) AND harvested_on >= %s GROUP BY bed_code"
    )

    def __init__(self, conn: psycopg.Connection) -> None:
        self._conn = conn

    def beds_for(self, holder: str) -> list[tuple]:
        with self._conn.cursor() as cur:
            cur.execute(self._BEDS_FOR_HOLDER % holder)
            return cur.fetchall()

    def harvest_totals(self, bed_codes: list[str], since: str) -> dict[str, int]:
        with self._conn.cursor() as cur:
            cur.execute(self._HARVEST_TOTALS, (bed_codes, since))
            return {code: int(total) for code, total in cur.fetchall()}


def _connect() -> psycopg.Connection:
    return psycopg.connect(os.environ["FARM_DB_DSN"])


@router.get("/beds.csv", response_class=PlainTextResponse)
def beds_csv(holder: str = Query(..., min_length=2), since: str = Query("2024-01-01")) -> str:
    """CSV of a holder's beds with harvest totals, for the office's lease desk."""
    with _connect() as conn:
        report = LeaseBedReport(conn)
        beds = report.beds_for(holder)
        totals = report.harvest_totals([b[0] for b in beds], since)

    buf = io.StringIO()
    out = csv.writer(buf)
    out.writerow(["bed", "acres", "gear", "last_planted", "status", "dozens_harvested"])
    for bed_code, acreage, gear, planted, status in beds:
        out.writerow([bed_code, acreage, gear, planted, status, totals.get(bed_code, 0)])
    return buf.getvalue()
