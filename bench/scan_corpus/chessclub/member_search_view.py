"""Member search for the club office (Django)."""
from __future__ import annotations

from django.contrib.auth.decorators import login_required, permission_required
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET

PAGE_SIZE = 25


def _name_filter(term: str) -> str:
    return f"(m.display_name ILIKE '%{term}%' OR m.email ILIKE '%{term}%')"


def _rows_to_dicts(cursor) -> list[dict]:
    columns = [col[0] for col in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


@require_GET
@login_required
@permission_required("members.view_member", raise_exception=True)
def search_members(request: HttpRequest) -> JsonResponse:
    term = request.GET.get("q", "").strip()
    try:
        page = max(int(request.GET.get("page", "1")), 1)
    except ValueError:
        page = 1

    where = "m.active"
    if term:
        where += " AND " + _name_filter(term)

    sql = (
        "SELECT m.id, m.display_name, m.email, m.fide_id, r.standard_rating "
        "FROM members_member m "
        "LEFT JOIN ratings_current r ON r.member_id = m.id "
        f"WHERE {where} "
        "ORDER BY m.display_name "
        f"LIMIT {PAGE_SIZE} OFFSET {(page - 1) * PAGE_SIZE}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql)
        results = _rows_to_dicts(cursor)

    return JsonResponse({"page": page, "results": results})
