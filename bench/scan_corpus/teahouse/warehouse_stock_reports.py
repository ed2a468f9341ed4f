"""Stock and climate reports across the three bonded warehouses."""
from __future__ import annotations

from datetime import date
from typing import Any, Literal

import psycopg2
import psycopg2.extras
from psycopg2 import sql

ReportKind = Literal["stock", "climate", "movements"]

REPORT_TABLES: dict[str, str] = {
    "stock": "wh_stock_snapshot",
    "climate": "wh_climate_daily",
    "movements": "wh_stock_movements",
}

WAREHOUSES = {"FEL", "TIL", "AVO"}


def _connect(dsn: str):
    return psycopg2.connect(dsn, cursor_factory=psycopg2.extras.RealDictCursor)


def build_report_query(kind: ReportKind) -> sql.Composed:
    table = REPORT_TABLES[kind]
    return sql.SQL(
        "SELECT * FROM {table} WHERE warehouse_code = %s AND report_date BETWEEN %s AND %s "
        "ORDER BY report_date"
    ).format(table=sql.Identifier(table))


def run_report(
    dsn: str, kind: str, warehouse: str, start: date, end: date
) -> list[dict[str, Any]]:
    if kind not in REPORT_TABLES:
        raise ValueError(f"unknown report kind {kind!r}")
    if warehouse not in WAREHOUSES:
        raise ValueError(f"unknown warehouse {warehouse!r}")
    if end < start:
        raise ValueError("end date precedes start date")
    query = build_report_query(kind)  # type: ignore[arg-type]
    with _connect(dsn) as conn, conn.cursor() as cur:
        cur.execute(query, (warehouse, start, end))
        return list(cur.fetchall())


def lots_below_threshold(dsn: str, warehouse: str, min_kg: float) -> list[dict[str, Any]]:
    table = REPORT_TABLES["stock"]
    query = f"SELECT lot_code, net_kg FROM {table} WHERE warehouse_code = %s AND net_kg < %s"
    with _connect(dsn) as conn, conn.cursor() as cur:
        cur.execute(query, (warehouse, min_kg))
        return list(cur.fetchall())
