"""Office report of job sheets for a given week, sortable by column.

Schedulers use this to see which crews are on which roofs, how many squares
of slate each job needs and whether the scaffold is confirmed.
"""
from datetime import date, timedelta

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.http import require_GET

REPORT_SQL = """
    SELECT js.job_ref, js.crew_name, js.site_postcode, js.roof_area_m2,
           js.slate_product, js.scaffold_confirmed, js.start_date
    FROM job_sheets js
    WHERE js.start_date BETWEEN %s AND %s
    ORDER BY {order}
"""


def _week_bounds(iso_week: str):
    year, week = (int(part) for part in iso_week.split("-W"))
    monday = date.fromisocalendar(year, week, 1)
    return monday, monday + timedelta(days=6)


def _fetch(start: date, end: date, order: str):
    with connection.cursor() as cur:
        cur.execute(REPORT_SQL.format(order=order), [start, end])
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]


@login_required
@require_GET
def weekly_job_sheets(request):
    week = request.GET.get("week") or date.today().strftime("%G-W%V")
    try:
        start, end = _week_bounds(week)
    except ValueError:
        return JsonResponse({"error": "week must look like 2024-W18"}, status=400)
    sort = request.GET.get("sort", "start_date")
    direction = "DESC" if request.GET.get("desc") == "1" else "ASC"
    rows = _fetch(start, end, f"js.{sort} {direction}")
    for row in rows:
        row["start_date"] = row["start_date"].isoformat()
    return JsonResponse({"week": week, "count": len(rows), "jobs": rows})
