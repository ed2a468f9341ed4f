"""Sortable report of licence checks made at each lock, for the area office."""
from __future__ import annotations

import os
from datetime import date

import psycopg
from psycopg.rows import dict_row
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

SORT_COLUMNS = {
    "date": "c.checked_at",
    "lock": "c.lock_id",
    "boat": "l.boat_name",
    "expiry": "l.valid_until",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def _parse_date(raw: str | None, default: date) -> date:
    try:
        return date.fromisoformat(raw) if raw else default
    except ValueError:
        return default


def fetch_checks(start: date, end: date, sort: str, direction: str, expired_only: bool) -> list[dict]:
    order_column = SORT_COLUMNS.get(sort, SORT_COLUMNS["date"])
    order_dir = DIRECTIONS.get(direction, "DESC")
    sql = (
        "SELECT c.checked_at, c.lock_id, l.boat_name, l.licence_no, l.valid_until "
        "FROM licence_checks c JOIN licences l ON l.licence_no = c.licence_no "
        "WHERE c.checked_at::date BETWEEN %s AND %s"
    )
    params: list[object] = [start, end]
    if expired_only:
        sql += " AND l.valid_until < c.checked_at::date"
    sql += f" ORDER BY {order_column} {order_dir} LIMIT 500"
    with psycopg.connect(os.environ["LICENCE_DB_URL"], row_factory=dict_row) as conn:
        return conn.execute(sql, params).fetchall()


@login_required
def licence_check_report(request: HttpRequest) -> HttpResponse:
    today = date.today()
    start = _parse_date(request.GET.get("from"), today.replace(day=1))
    end = _parse_date(request.GET.get("to"), today)
    sort = request.GET.get("sort", "date")
    direction = request.GET.get("dir", "desc")
    rows = fetch_checks(start, end, sort, direction, request.GET.get("expired") == "1")
    return render(
        request,
        "reports/licence_checks.html",
        {"rows": rows, "from": start, "to": end, "sort": sort, "dir": direction},
    )
