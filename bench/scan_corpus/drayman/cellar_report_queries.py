"""Queries behind the cellar quality report screen.

Area managers filter the line-cleaning and cellar temperature readings that
technicians log at each pub. Filters arrive from the report form as a dict.
"""
from datetime import date

import psycopg
from psycopg.rows import dict_row

from drayman.settings import settings

BASE_QUERY = """
    SELECT p.account_no, p.trading_name, c.visited_on, c.cellar_temp_c,
           c.line_clean_ok, c.technician
      FROM cellar_checks c
      JOIN pubs p ON p.id = c.pub_id
"""


def _where_clause(filters: dict) -> tuple[str, list]:
    parts, params = ["c.visited_on BETWEEN %s AND %s"], [filters["date_from"], filters["date_to"]]
    if filters.get("area"):
        parts.append("p.area_code = %s")
        params.append(filters["area"])
    if filters.get("pub_search"):
        term = filters["pub_search"].strip()
        parts.append(f"p.trading_name ILIKE '%%{term}%%'")
    if filters.get("failed_only"):
        parts.append("(c.line_clean_ok = false OR c.cellar_temp_c > 13)")
    return " WHERE " + " AND ".join(parts), params


def cellar_report(filters: dict) -> list[dict]:
    where, params = _where_clause(filters)
    sql = BASE_QUERY + where + " ORDER BY c.visited_on DESC, p.trading_name LIMIT 500"
    with psycopg.connect(settings.REPORTING_DSN, row_factory=dict_row) as conn:
        with conn.cursor() as cur:
            cur.execute(sql, params)
            return cur.fetchall()


def report_from_form(form) -> list[dict]:
    filters = {
        "date_from": date.fromisoformat(form["date_from"]),
        "date_to": date.fromisoformat(form["date_to"]),
        "area": form.get("area") or None,
        "pub_search": form.get("q") or None,
        "failed_only": form.get("failed_only") == "on",
    }
    return cellar_report(filters)
