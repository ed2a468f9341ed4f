"""Sortable member directory page for the club office (Django)."""
from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpRequest
from django.shortcuts import render

SORT_COLUMNS = {
    "name": "m.display_name",
    "rating": "r.standard_rating",
    "joined": "m.joined_on",
    "fide": "m.fide_id",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}
PAGE_SIZE = 50


def build_directory_sql(sort_key: str, direction: str) -> str:
    column = SORT_COLUMNS.get(sort_key, SORT_COLUMNS["name"])
    order = DIRECTIONS.get(direction, "ASC")
    return (
        "SELECT m.id, m.display_name, m.fide_id, m.joined_on, r.standard_rating "
        "FROM members_member m "
        "LEFT JOIN ratings_current r ON r.member_id = m.id "
        "WHERE m.active AND (%s = '' OR m.display_name ILIKE %s) "
        f"ORDER BY {column} {order} NULLS LAST, m.id "
        "LIMIT %s OFFSET %s"
    )


@login_required
def member_directory(request: HttpRequest):
    sort_key = request.GET.get("sort", "name")
    direction = request.GET.get("dir", "asc")
    term = request.GET.get("q", "").strip()
    try:
        page = max(int(request.GET.get("page", "1")), 1)
    except ValueError:
        page = 1

    sql = build_directory_sql(sort_key, direction)
    like = f"%{term}%" if term else ""
    with connection.cursor() as cursor:
        cursor.execute(sql, [term, like, PAGE_SIZE, (page - 1) * PAGE_SIZE])
        columns = [c[0] for c in cursor.description]
        members = [dict(zip(columns, row)) for row in cursor.fetchall()]

    return render(
        request,
        "members/directory.html",
        {"members": members, "sort": sort_key, "dir": direction, "q": term, "page": page},
    )
