"""Django views for the timesheet ledger that feeds crew payroll."""

from __future__ import annotations

from datetime import date

from django.contrib.auth.decorators import login_required, permission_required
from django.db import connection, transaction
from django.http import HttpRequest, HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_GET, require_POST


def _rows(cursor) -> list[dict]:
    names = [col[0] for col in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


@login_required
@permission_required("payroll.view_timesheet")
@require_GET
def hours_for_crew(request: HttpRequest) -> JsonResponse:
    payroll_no = request.GET.get("payroll_no", "")
    try:
        week_start = date.fromisoformat(request.GET.get("week", ""))
    except ValueError:
        return HttpResponseBadRequest("week must be an ISO date")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT work_date, ride_name, hours, rate_code FROM timesheet_entries "
            "WHERE payroll_no = %s AND work_date >= %s AND work_date < %s + 7 "
            "ORDER BY work_date",
            [payroll_no, week_start, week_start],
        )
        entries = _rows(cursor)
    return JsonResponse({"payroll_no": payroll_no, "entries": entries}, safe=True)


@login_required
@permission_required("payroll.change_timesheet")
@require_POST
@transaction.atomic
def approve_week(request: HttpRequest) -> JsonResponse:
    foreman = request.user.get_username()
    ride_name = request.POST.get("ride", "")
    try:
        week_start = date.fromisoformat(request.POST.get("week", ""))
    except ValueError:
        return HttpResponseBadRequest("week must be an ISO date")
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE timesheet_entries SET approved_by = %s, approved_at = now() "
            "WHERE ride_name = %s AND work_date >= %s AND work_date < %s + 7 "
            "AND approved_at IS NULL",
            [foreman, ride_name, week_start, week_start],
        )
        updated = cursor.rowcount
    return JsonResponse({"ride": ride_name, "approved_rows": updated})
