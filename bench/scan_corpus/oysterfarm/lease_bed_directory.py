"""Directory of lease beds and their holders, with per-table summaries for the office."""
from __future__ import annotations

import os

import psycopg
from fastapi import APIRouter, HTTPException, Query
from psycopg import sql

router = APIRouter(prefix="/office/lease-directory")

SUMMARY_TABLES = {
    "plantings": "seed_plantings",
    "harvests": "harvest_batches",
    "mortality": "mortality_counts",
}


def _connect() -> psycopg.Connection:
    return psycopg.connect(os.environ["FARM_DB_DSN"])


def beds_for_holder(conn: psycopg.Connection, holder: str) -> list[tuple]:
    return conn.execute(
        "SELECT b.bed_code, b.acreage, b.gear_type, b.status "
        "FROM lease_beds b JOIN leases l ON l.id = b.lease_id "
        "WHERE l.holder_name ILIKE %s ORDER BY b.bed_code",
        (f"%{holder}%",),
    ).fetchall()


def bed_summary(conn: psycopg.Connection, kind: str, bed_code: str) -> int:
    table = SUMMARY_TABLES[kind]
    query = sql.SQL("SELECT count(*) FROM {} WHERE bed_code = %s").format(sql.Identifier(table))
    return conn.execute(query, (bed_code,)).fetchone()[0]


@router.get("/beds")
def beds(holder: str = Query(..., min_length=2)):
    with _connect() as conn:
        rows = beds_for_holder(conn, holder)
    return [
        {"bed": code, "acres": float(acres), "gear": gear, "status": status}
        for code, acres, gear, status in rows
    ]


@router.get("/beds/{bed_code}/summary")
def summary(bed_code: str, kind: str = Query("harvests")):
    if kind not in SUMMARY_TABLES:
        raise HTTPException(400, f"kind must be one of {sorted(SUMMARY_TABLES)}")
    with _connect() as conn:
        return {"bed": bed_code, "kind": kind, "count": bed_summary(conn, kind, bed_code)}
