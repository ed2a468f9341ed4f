"""Query service for quality lab results by test type.

Each test family (composition, hygiene, residues) has its own results
table; the API lets quality officers fetch a farm's recent results.
"""
from __future__ import annotations

import os
from datetime import date, timedelta

import psycopg
from fastapi import FastAPI, HTTPException, Query

app = FastAPI(title="lab-results")

RESULT_TABLES = {
    "composition": "lab_composition_results",
    "hygiene": "lab_hygiene_results",
    "residues": "lab_residue_results",
}


def connect() -> psycopg.Connection:
    return psycopg.connect(os.environ["LAB_DATABASE_URL"])


def results_query(test_family: str) -> str:
    table = RESULT_TABLES.get(test_family)
    if table is None:
        raise KeyError(test_family)
    return (
        f"SELECT sample_barcode, sampled_on, metric, value, unit FROM {table} "
        "WHERE farm_id = %s AND sampled_on >= %s ORDER BY sampled_on DESC LIMIT %s"
    )


@app.get("/farms/{farm_id}/results/{test_family}")
def farm_results(farm_id: str, test_family: str, days: int = Query(30, ge=1, le=365),
                 limit: int = Query(200, ge=1, le=1000)):
    try:
        sql = results_query(test_family)
    except KeyError:
        raise HTTPException(status_code=404, detail="unknown test family")
    since = date.today() - timedelta(days=days)
    with connect() as conn, conn.cursor() as cur:
        cur.execute(sql, (farm_id, since, limit))
        rows = cur.fetchall()
    return {
        "farm_id": farm_id,
        "family": test_family,
        "results": [
            {"barcode": r[0], "sampled_on": r[1].isoformat(), "metric": r[2], "value": r[3], "unit": r[4]}
            for r in rows
        ],
    }
