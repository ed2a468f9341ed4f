"""Timesheet export for the payroll bureau.

The foreman app and the weekly payroll export filter crew timesheets by
crew member, job and date. Column names are composed with psycopg's SQL
helpers and every value is sent as a bound parameter.
"""
from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Mapping

import psycopg
from psycopg import sql

FILTER_COLUMNS = frozenset({"crew_id", "job_id", "work_date", "approved"})
EXPORT_COLUMNS = ["crew_id", "job_id", "work_date", "hours", "travel_hours", "own_saw"]


class TimesheetExportRepository:
    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn

    def _where(self, filters: Mapping[str, object]) -> tuple[sql.Composable, list]:
        parts, values = [], []
        for column in sorted(FILTER_COLUMNS & filters.keys()):
            parts.append(sql.SQL("{} = {}").format(sql.Identifier(column), sql.Placeholder()))
            values.append(filters[column])
        if not parts:
            return sql.SQL(""), values
        return sql.SQL(" WHERE ") + sql.SQL(" AND ").join(parts), values

    def rows(self, filters: Mapping[str, object]) -> list[tuple]:
        where, values = self._where(filters)
        query = sql.SQL("SELECT {cols} FROM timesheets{where} ORDER BY work_date, crew_id").format(
            cols=sql.SQL(", ").join(map(sql.Identifier, EXPORT_COLUMNS)),
            where=where,
        )
        with self.conn.cursor() as cur:
            cur.execute(query, values)
            return cur.fetchall()

    def export_week(self, week_start: date, week_end: date, out: Path) -> int:
        with self.conn.cursor() as cur:
            cur.execute(
                "SELECT crew_id, job_id, work_date, hours, travel_hours, own_saw "
                "FROM timesheets WHERE approved AND work_date BETWEEN %s AND %s "
                "ORDER BY crew_id, work_date",
                (week_start, week_end),
            )
            rows = cur.fetchall()
        with out.open("w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(EXPORT_COLUMNS)
            writer.writerows(rows)
        return len(rows)
