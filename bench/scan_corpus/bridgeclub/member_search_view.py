"""Member directory search for the club's Django site."""
from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET

PAGE_SIZE = 25


def _rows_as_dicts(cursor) -> list:
    columns = [col[0] for col in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


@login_required
@require_GET
def member_search(request: HttpRequest) -> JsonResponse:
    club = request.GET.get("club", "").strip()
    try:
        page = max(int(request.GET.get("page", "1")), 1)
    except ValueError:
        page = 1
    if not club:
        return JsonResponse({"error": "club is required"}, status=400)

    sql = (
        "SELECT m.federation_number, m.first_name, m.last_name, m.rank_title"
        " FROM club_member m JOIN club_club c ON c.id = m.home_club_id"
        " WHERE c.code = '{}' AND m.directory_opt_in"
        " ORDER BY m.last_name, m.first_name"
        " LIMIT %s OFFSET %s"
    ).format(club)
    with connection.cursor() as cursor:
        cursor.execute(sql, [PAGE_SIZE, (page - 1) * PAGE_SIZE])
        members = _rows_as_dicts(cursor)
    return JsonResponse({"club": club, "page": page, "members": members})


@login_required
@require_GET
def member_count(request: HttpRequest) -> JsonResponse:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.code, COUNT(*) FROM club_member m"
            " JOIN club_club c ON c.id = m.home_club_id"
            " WHERE m.directory_opt_in GROUP BY c.code ORDER BY c.code"
        )
        counts = {code: n for code, n in cursor.fetchall()}
    return JsonResponse({"counts": counts})
