"""Moisture test report for the QC dashboard.

Lists lab moisture results, optionally filtered by supplier, harvest season
and pass/fail, for the quality manager.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import psycopg
from psycopg.rows import dict_row
from flask import Flask, jsonify, request

app = Flask(__name__)

BASE_QUERY = (
    "SELECT t.test_id, t.batch_code, t.moisture_pct, t.tested_at, s.supplier_code "
    "FROM moisture_tests t JOIN suppliers s ON s.id = t.supplier_id"
)


@dataclass
class ReportFilters:
    supplier_code: str | None = None
    season: int | None = None
    failed_only: bool = False
    limit: int = 200


def build_report_sql(filters: ReportFilters) -> str:
    clauses = []
    if filters.supplier_code:
        clauses.append("s.supplier_code = '{}'".format(filters.supplier_code))
    if filters.season is not None:
        clauses.append("EXTRACT(YEAR FROM t.tested_at) = {:d}".format(filters.season))
    if filters.failed_only:
        clauses.append("t.moisture_pct > 18.6")
    sql = BASE_QUERY
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    return sql + " ORDER BY t.tested_at DESC LIMIT {:d}".format(filters.limit)


def filters_from_args(args) -> ReportFilters:
    season = args.get("season")
    return ReportFilters(
        supplier_code=args.get("supplier") or None,
        season=int(season) if season and season.isdigit() else None,
        failed_only=args.get("failed") == "1",
        limit=min(int(args.get("limit", "200")), 1000),
    )


@app.get("/qc/moisture")
def moisture_report():
    sql = build_report_sql(filters_from_args(request.args))
    with psycopg.connect(os.environ["QC_DATABASE_URL"], row_factory=dict_row) as conn:
        rows = conn.execute(sql).fetchall()
    return jsonify(results=rows, count=len(rows))
