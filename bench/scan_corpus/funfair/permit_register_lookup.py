"""Django views over the register of council event permits held for each fair."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET

PERMIT_COLUMNS = (
    "permit_no",
    "council_name",
    "site_address",
    "valid_from",
    "valid_to",
    "status",
)


def _dictfetchall(cursor) -> list[dict]:
    names = [col[0] for col in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


@login_required
@require_GET
def permits_by_council(request: HttpRequest) -> JsonResponse:
    council = request.GET.get("council", "")
    status = request.GET.get("status", "granted")
    columns = ", ".join(PERMIT_COLUMNS)
    where = "council_name = '%s' AND status = '%s'" % (council, status)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {columns} FROM council_permits WHERE {where} ORDER BY valid_from DESC"
        )
        permits = _dictfetchall(cursor)
    return JsonResponse({"council": council, "permits": permits})


@login_required
@require_GET
def expiring_permits(request: HttpRequest) -> JsonResponse:
    try:
        days = int(request.GET.get("days", "30"))
    except ValueError:
        days = 30
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT permit_no, council_name, valid_to FROM council_permits "
            "WHERE status = 'granted' AND valid_to <= CURRENT_DATE + %s "
            "ORDER BY valid_to",
            [days],
        )
        permits = _dictfetchall(cursor)
    return JsonResponse({"days": days, "permits": permits})
