"""Per-staff iCal feed of upcoming shifts, for phone calendars that cannot log in."""
from __future__ import annotations

import secrets
from datetime import datetime, timezone

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from .models import Shift, StaffMember


def _feed_token_valid(presented: str, stored: str | None) -> bool:
    if not stored:
        return False
    return secrets.compare_digest(presented.encode("utf-8"), stored.encode("utf-8"))


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _vevent(shift: Shift) -> list[str]:
    fmt = "%Y%m%dT%H%M%SZ"
    return [
        "BEGIN:VEVENT",
        f"UID:shift-{shift.pk}@rota",
        f"DTSTAMP:{datetime.now(timezone.utc).strftime(fmt)}",
        f"DTSTART:{shift.starts_at.astimezone(timezone.utc).strftime(fmt)}",
        f"DTEND:{shift.ends_at.astimezone(timezone.utc).strftime(fmt)}",
        f"SUMMARY:{_escape(shift.role_label + ' - ' + shift.booking.event_name)}",
        f"LOCATION:{_escape(shift.booking.venue)}",
        "END:VEVENT",
    ]


@require_GET
def shift_feed(request, staff_id: int, token: str):
    staff = get_object_or_404(StaffMember, pk=staff_id, active=True)
    if not _feed_token_valid(token, staff.calendar_token):
        raise Http404("feed not found")

    shifts = (
        Shift.objects.filter(staff=staff, starts_at__gte=datetime.now(timezone.utc))
        .select_related("booking")
        .order_by("starts_at")[:200]
    )
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Catering Rota//EN"]
    for shift in shifts:
        if shift.staff_id == staff.pk:
            lines.extend(_vevent(shift))
    lines.append("END:VCALENDAR")
    response = HttpResponse("\r\n".join(lines) + "\r\n", content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, max-age=900"
    return response
