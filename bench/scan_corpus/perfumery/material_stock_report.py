"""Stock report for raw materials, concentrates and finished goods."""
from __future__ import annotations

import csv
from datetime import date
from typing import IO, Literal

import psycopg

StockKind = Literal["raw_materials", "concentrates", "finished_goods"]

_TABLES: dict[str, str] = {
    "raw_materials": "inventory_raw_material",
    "concentrates": "inventory_concentrate",
    "finished_goods": "inventory_finished_good",
}
_SORT_COLUMNS = frozenset({"code", "quantity", "expires_on"})
COLUMNS = ("code", "description", "quantity", "unit", "expires_on")


def _report_sql(kind: str, sort: str) -> str:
    table = _TABLES.get(kind)
    if table is None:
        raise ValueError(f"unknown stock kind {kind!r}")
    if sort not in _SORT_COLUMNS:
        raise ValueError(f"cannot sort by {sort!r}")
    return (
        f"SELECT {', '.join(COLUMNS)} FROM {table} "
        "WHERE warehouse = %s AND (%s::date IS NULL OR expires_on < %s::date) "
        f"ORDER BY {sort}"
    )


def stock_report(
    conn: psycopg.Connection,
    kind: StockKind,
    warehouse: str,
    expiring_before: date | None = None,
    sort: str = "code",
) -> list[tuple]:
    """Rows of one stock table for a warehouse, optionally limited to expiring items."""
    with conn.cursor() as cur:
        cur.execute(_report_sql(kind, sort), (warehouse, expiring_before, expiring_before))
        return cur.fetchall()


def write_csv(rows: list[tuple], out: IO[str]) -> None:
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    writer.writerows(rows)


def warehouse_report(conn: psycopg.Connection, args: dict[str, str], out: IO[str]) -> None:
    """Entry point for the intranet export button."""
    rows = stock_report(
        conn,
        kind=args.get("kind", "raw_materials"),  # type: ignore[arg-type]
        warehouse=args["warehouse"],
        expiring_before=date.fromisoformat(args["before"]) if args.get("before") else None,
        sort=args.get("sort", "code"),
    )
    write_csv(rows, out)
