"""Office report of fitting jobs for the scheduling team."""
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render

from jobs.models import FittingJob

DEFAULT_SORT = "scheduled_for"

REPORT_SQL = """
    SELECT j.id, j.job_ref, j.customer_name, j.postcode, j.scheduled_for,
           j.status, t.name AS team_name, COUNT(u.id) AS unit_count
    FROM jobs_fittingjob j
    LEFT JOIN jobs_team t ON t.id = j.team_id
    LEFT JOIN jobs_glazingunit u ON u.job_id = j.id
    WHERE j.scheduled_for BETWEEN %s AND %s
    GROUP BY j.id, t.name
    ORDER BY {order}
"""


def _ordering(request) -> str:
    sort = request.GET.get("sort", DEFAULT_SORT)
    direction = "DESC" if request.GET.get("dir") == "desc" else "ASC"
    return f"{sort} {direction}"


@login_required
def job_report(request):
    start = request.GET.get("from")
    end = request.GET.get("to")
    if not (start and end):
        return render(request, "jobs/report.html", {"jobs": [], "error": "Choose a date range"})
    jobs = FittingJob.objects.raw(
        REPORT_SQL.format(order=_ordering(request)),
        [start, end],
    )
    page = Paginator(list(jobs), 50).get_page(request.GET.get("page"))
    return render(
        request,
        "jobs/report.html",
        {
            "page": page,
            "sort": request.GET.get("sort", DEFAULT_SORT),
            "from": start,
            "to": end,
        },
    )
