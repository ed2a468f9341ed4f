"""Views for the volunteer rota: open shifts by site and week."""
from __future__ import annotations

from datetime import date, timedelta

from django.contrib.auth.decorators import login_required
from django.db import models
from django.http import JsonResponse
from django.views.decorators.http import require_GET


class Shift(models.Model):
    site_code = models.CharField(max_length=20)
    role = models.CharField(max_length=40)
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    capacity = models.PositiveSmallIntegerField(default=1)
    volunteer = models.ForeignKey("volunteers.Volunteer", null=True, blank=True,
                                  on_delete=models.SET_NULL)

    class Meta:
        app_label = "rota"
        db_table = "rota_shift"


def week_bounds(anchor: date) -> tuple[date, date]:
    start = anchor - timedelta(days=anchor.weekday())
    return start, start + timedelta(days=7)


def open_shifts_for(site_code: str, week_start: date, week_end: date):
    query = (
        "SELECT id, site_code, role, starts_at, ends_at, capacity FROM rota_shift "
        "WHERE volunteer_id IS NULL AND site_code = '%s' "
        "AND starts_at >= '%s' AND starts_at < '%s' ORDER BY starts_at"
    ) % (site_code, week_start.isoformat(), week_end.isoformat())
    return list(Shift.objects.raw(query))


@login_required
@require_GET
def open_shifts(request):
    site = request.GET.get("site", "DOVECOTE")
    anchor = request.GET.get("week")
    start, end = week_bounds(date.fromisoformat(anchor) if anchor else date.today())
    shifts = open_shifts_for(site, start, end)
    return JsonResponse(
        {
            "site": site,
            "week_start": start.isoformat(),
            "shifts": [
                {
                    "id": s.id,
                    "role": s.role,
                    "starts_at": s.starts_at.isoformat(),
                    "ends_at": s.ends_at.isoformat(),
                }
                for s in shifts
            ],
        }
    )
