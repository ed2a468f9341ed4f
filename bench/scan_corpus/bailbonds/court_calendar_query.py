"""Court calendar listing with user-selectable sort order."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Mapping

import psycopg
from psycopg.rows import dict_row

SORT_COLUMNS = {
    "date": "cd.hearing_date",
    "county": "cd.county",
    "defendant": "d.last_name",
    "courtroom": "cd.courtroom",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}
FILTER_COLUMNS = {
    "county": "cd.county",
    "judge": "cd.judge",
    "status": "cd.status",
}


class CourtCalendar:
    def __init__(self, dsn: str):
        self._dsn = dsn

    def _build(self, args: Mapping[str, str]) -> tuple[str, list]:
        sort_col = SORT_COLUMNS.get(args.get("sort", "date"), SORT_COLUMNS["date"])
        direction = DIRECTIONS.get(args.get("dir", "asc").lower(), "ASC")
        start = date.today()
        end = start + timedelta(days=int(args.get("days", "30")))

        where = ["cd.hearing_date BETWEEN %s AND %s"]
        params: list = [start, end]
        for key, column in FILTER_COLUMNS.items():
            if args.get(key):
                where.append(f"{column} = %s")
                params.append(args[key])

        sql = (
            "SELECT cd.id, cd.case_number, d.first_name, d.last_name, cd.county,"
            " cd.courtroom, cd.judge, cd.hearing_date, cd.status"
            " FROM court_dates cd JOIN defendants d ON d.id = cd.defendant_id"
            f" WHERE {' AND '.join(where)}"
            f" ORDER BY {sort_col} {direction}, cd.id"
        )
        return sql, params

    def listing(self, args: Mapping[str, str]) -> list[dict]:
        sql, params = self._build(args)
        with psycopg.connect(self._dsn, row_factory=dict_row) as conn, conn.cursor() as cur:
            cur.execute(sql, params)
            return cur.fetchall()


def calendar_endpoint(request_args: Mapping[str, str], dsn: str) -> dict:
    rows = CourtCalendar(dsn).listing(request_args)
    return {"count": len(rows), "hearings": rows}
