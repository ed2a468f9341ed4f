"""Queries behind the cask maturation report.

The report page lets the warehouse manager sort the cask list by a handful of
columns and filter by spirit type and minimum age.
"""
import sqlite3
from datetime import date, timedelta

SORTABLE = {
    "cask": "cask_no",
    "filled": "fill_date",
    "litres": "bulk_litres",
    "abv": "abv",
    "warehouse": "warehouse_code",
}


def _order_clause(sort: str, descending: bool) -> str:
    column = SORTABLE.get(sort, "fill_date")
    return f"ORDER BY {column} {'DESC' if descending else 'ASC'}"


def build_report_query(spirit_type: str | None, min_age_years: int, sort: str, descending: bool):
    cutoff = date.today() - timedelta(days=int(365.25 * min_age_years))
    sql = "SELECT cask_no, spirit_type, fill_date, bulk_litres, abv, warehouse_code FROM casks WHERE fill_date <= ?"
    params: list = [cutoff.isoformat()]
    if spirit_type:
        sql += " AND spirit_type = ?"
        params.append(spirit_type)
    sql += " " + _order_clause(sort, descending)
    return sql, params


def maturation_report(conn: sqlite3.Connection, **filters) -> list[dict]:
    sql, params = build_report_query(
        filters.get("spirit_type"),
        int(filters.get("min_age_years", 0)),
        filters.get("sort", "filled"),
        bool(filters.get("desc", False)),
    )
    conn.row_factory = sqlite3.Row
    return [dict(r) for r in conn.execute(sql, params)]
