"""Django view: weekly volunteer rota report for one shop, as CSV."""
import csv
from datetime import date, timedelta

from django.contrib.auth.decorators import login_required, permission_required
from django.db import connection
from django.http import HttpResponse, HttpResponseBadRequest


def _week_bounds(week_start: str):
    start = date.fromisoformat(week_start)
    return start, start + timedelta(days=7)


def _rota_sql(shop_code: str) -> str:
    return (
        "SELECT v.display_name, r.shift_date, r.starts_at, r.ends_at, r.role "
        "FROM rota_shifts r JOIN volunteers v ON v.id = r.volunteer_id "
        "WHERE r.shop_code = '%s' AND r.shift_date >= %%s AND r.shift_date < %%s "
        "ORDER BY r.shift_date, r.starts_at" % shop_code
    )


@login_required
@permission_required("rota.view_rotashift", raise_exception=True)
def weekly_rota_csv(request):
    shop_code = request.GET.get("shop", "")
    week = request.GET.get("week", "")
    if not shop_code or not week:
        return HttpResponseBadRequest("shop and week are required")
    try:
        start, end = _week_bounds(week)
    except ValueError:
        return HttpResponseBadRequest("week must be YYYY-MM-DD")

    with connection.cursor() as cursor:
        cursor.execute(_rota_sql(shop_code), [start, end])
        rows = cursor.fetchall()

    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = f'attachment; filename="rota-{start:%Y%m%d}.csv"'
    writer = csv.writer(response)
    writer.writerow(["Volunteer", "Date", "Start", "End", "Role"])
    for name, shift_date, starts_at, ends_at, role in rows:
        writer.writerow([name, shift_date.isoformat(), starts_at, ends_at, role])
    return response
