"""Exports sale results per department for the monthly report sent to consignors."""
from __future__ import annotations

import csv
import io
import os
from datetime import date

import psycopg2

RESULT_TABLES = {
    "furniture": "results_furniture",
    "ceramics": "results_ceramics",
    "silver": "results_silver",
    "clocks": "results_clocks_watches",
    "pictures": "results_pictures",
}


class ExportSettings:
    dsn_env = "REPORTING_DB_DSN"
    columns = ("lot_number", "title", "hammer_pence", "buyers_premium_pence", "sold_on")


def table_for(department: str) -> str:
    try:
        return RESULT_TABLES[department]
    except KeyError as exc:
        raise ValueError(f"unknown department {department!r}") from exc


class ResultsExporter:
    def __init__(self, settings: type[ExportSettings] = ExportSettings) -> None:
        self.settings = settings
        self.conn = psycopg2.connect(os.environ[settings.dsn_env])

    def rows(self, department: str, start: date, end: date, consignor_id: str) -> list[tuple]:
        table = table_for(department)
        column_list = ", ".join(self.settings.columns)
        query = (
            f"SELECT {column_list} FROM {table} "
            "WHERE sold_on BETWEEN %s AND %s AND consignor_id = %s ORDER BY sold_on, lot_number"
        )
        with self.conn.cursor() as cur:
            cur.execute(query, (start, end, consignor_id))
            return cur.fetchall()

    def to_csv(self, department: str, start: date, end: date, consignor_id: str) -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(self.settings.columns)
        writer.writerows(self.rows(department, start, end, consignor_id))
        return buffer.getvalue()
