"""Hours-by-matter report for responsible attorneys."""
from datetime import date, timedelta

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpResponseBadRequest
from django.shortcuts import render

SORT_COLUMNS = {
    "opened": "m.opened_on",
    "client": "c.name",
    "hours": "total_hours",
    "billed": "total_billed",
}

REPORT_SQL = """
    SELECT m.number, m.title, c.name AS client_name, m.opened_on,
           SUM(t.hours) AS total_hours, SUM(t.hours * t.rate) AS total_billed
    FROM billing_timeentry t
    JOIN matters_matter m ON m.id = t.matter_id
    JOIN matters_client c ON c.id = m.client_id
    WHERE m.responsible_attorney_id = %s
      AND t.work_date BETWEEN %s AND %s
    GROUP BY m.number, m.title, c.name, m.opened_on
    ORDER BY {order_col} {direction}
"""


def _parse_period(request) -> tuple[date, date]:
    end = date.fromisoformat(request.GET.get("end", date.today().isoformat()))
    start = date.fromisoformat(request.GET.get("start", (end - timedelta(days=30)).isoformat()))
    return start, end


@login_required
def hours_report(request):
    try:
        start, end = _parse_period(request)
    except ValueError:
        return HttpResponseBadRequest("dates must be YYYY-MM-DD")

    order_col = SORT_COLUMNS.get(request.GET.get("sort", "opened"), SORT_COLUMNS["opened"])
    direction = "DESC" if request.GET.get("dir") == "desc" else "ASC"
    sql = REPORT_SQL.format(order_col=order_col, direction=direction)

    with connection.cursor() as cursor:
        cursor.execute(sql, [request.user.id, start, end])
        columns = [col[0] for col in cursor.description]
        rows = [dict(zip(columns, r)) for r in cursor.fetchall()]

    return render(
        request,
        "reports/hours_by_matter.html",
        {"rows": rows, "start": start, "end": end, "sort_options": sorted(SORT_COLUMNS)},
    )
