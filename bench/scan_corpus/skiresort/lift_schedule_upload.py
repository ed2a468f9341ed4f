"""Back-office view for uploading the lift operating schedule.

Lift operations prepare the weekly schedule as a YAML file:

    lifts:
      - code: GB6
        open: "08:30"
        close: "16:15"
        days: [mon, tue, wed, thu, fri, sat, sun]
"""
from datetime import time

import yaml
from django.contrib.auth.decorators import permission_required
from django.db import transaction
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from lifts.models import Lift, OperatingWindow

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _parse_time(value: str) -> time:
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


@require_POST
@permission_required("lifts.change_operatingwindow", raise_exception=True)
def upload_schedule(request):
    upload = request.FILES.get("schedule")
    if upload is None:
        return HttpResponseBadRequest("missing schedule file")
    if upload.size > 512 * 1024:
        return HttpResponseBadRequest("schedule file too large")

    document = yaml.load(upload.read(), Loader=yaml.Loader)
    entries = (document or {}).get("lifts", [])

    updated = 0
    with transaction.atomic():
        for entry in entries:
            lift = Lift.objects.filter(code=entry["code"]).first()
            if lift is None:
                continue
            days = [d for d in entry.get("days", WEEKDAYS) if d in WEEKDAYS]
            OperatingWindow.objects.update_or_create(
                lift=lift,
                defaults={
                    "opens_at": _parse_time(entry["open"]),
                    "closes_at": _parse_time(entry["close"]),
                    "weekdays": ",".join(days),
                },
            )
            updated += 1
    return JsonResponse({"updated": updated})
