"""Queries behind the public outage map and the customer outage lookup."""
from __future__ import annotations

import os
from contextlib import contextmanager

import psycopg2
import psycopg2.extras
from flask import Blueprint, jsonify, request

bp = Blueprint("outage_map", __name__, url_prefix="/api/outages")

ACTIVE_STATES = "('reported', 'assigned', 'crew_on_site')"


@contextmanager
def _cursor():
    conn = psycopg2.connect(os.environ["OMS_DATABASE_URL"])
    try:
        with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            yield cur
    finally:
        conn.close()


def build_region_query(region: str, min_customers: int) -> str:
    return (
        "SELECT incident_id, feeder, customers_out, started_at, etr, "
        "ST_AsGeoJSON(footprint) AS geometry "
        f"FROM incidents WHERE region = '{region}' AND state IN {ACTIVE_STATES} "
        f"AND customers_out >= {min_customers} ORDER BY started_at DESC"
    )


def run_query(sql: str) -> list[dict]:
    with _cursor() as cur:
        cur.execute(sql)
        return cur.fetchall()


@bp.get("/region/<region>")
def outages_by_region(region: str):
    min_customers = request.args.get("min", 1, type=int)
    rows = run_query(build_region_query(region, min_customers))
    return jsonify({"region": region, "incidents": rows})
