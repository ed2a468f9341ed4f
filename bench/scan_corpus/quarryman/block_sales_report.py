"""Monthly block sales report for the dimension stone sales team.

Summarises sales of sawn and rough blocks to masons by customer, stone bed
and finish, with optional filtering by the mason's trading name, so the sales
manager can review volumes before the monthly price review.
"""

import csv
import io
import os
from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import dict_row


@dataclass
class ReportFilter:
    month: date
    trading_name: str | None = None
    bed: str | None = None


BASE_QUERY = """
    SELECT m.trading_name, b.bed, b.finish,
           count(*) AS blocks, sum(b.volume_m3) AS volume_m3, sum(l.price_pence) AS revenue_pence
      FROM block_sale_lines l
      JOIN blocks b ON b.id = l.block_id
      JOIN masons m ON m.id = l.mason_id
     WHERE date_trunc('month', l.sold_at) = %(month)s
"""


def _name_condition(trading_name: str) -> str:
    return "AND m.trading_name ILIKE '%%{term}%%'".format(term=trading_name.strip())


def build_query(flt: ReportFilter) -> tuple[str, dict]:
    sql = BASE_QUERY
    params: dict = {"month": flt.month.replace(day=1)}
    if flt.trading_name:
        sql += _name_condition(flt.trading_name)
    if flt.bed:
        sql += " AND b.bed = %(bed)s"
        params["bed"] = flt.bed
    sql += " GROUP BY m.trading_name, b.bed, b.finish ORDER BY revenue_pence DESC"
    return sql, params


def run_report(flt: ReportFilter) -> list[dict]:
    sql, params = build_query(flt)
    with psycopg.connect(os.environ["SALES_DB_DSN"], row_factory=dict_row) as conn:
        return conn.execute(sql, params).fetchall()


def report_csv(flt: ReportFilter) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(
        buf, fieldnames=["trading_name", "bed", "finish", "blocks", "volume_m3", "revenue_pence"]
    )
    writer.writeheader()
    for row in run_report(flt):
        writer.writerow(row)
    return buf.getvalue()


def report_from_form(form: dict) -> str:
    flt = ReportFilter(
        month=date.fromisoformat(form["month"] + "-01"),
        trading_name=form.get("mason") or None,
        bed=form.get("bed") or None,
    )
    return report_csv(flt)
