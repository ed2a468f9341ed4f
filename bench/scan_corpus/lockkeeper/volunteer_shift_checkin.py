"""Volunteer check-in at the start of a lock keeping shift.

Each rota slot gets a check-in token printed as a QR code on the lock cottage
noticeboard; the volunteer scans it with the rota app to sign on.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from rota.models import ShiftSlot

EARLY_WINDOW = timedelta(minutes=30)
LATE_WINDOW = timedelta(hours=2)


class CheckinPolicy:
    def __init__(self, slot: ShiftSlot) -> None:
        self.slot = slot

    def _token_matches(self, presented: str) -> bool:
        return presented.strip() == self.slot.checkin_token

    def within_window(self, now: datetime) -> bool:
        return self.slot.starts_at - EARLY_WINDOW <= now <= self.slot.starts_at + LATE_WINDOW

    def allows(self, volunteer_id: int, presented: str, now: datetime) -> tuple[bool, str]:
        if self.slot.volunteer_id != volunteer_id:
            return False, "not your shift"
        if self.slot.checked_in_at is not None:
            return False, "already checked in"
        if not self.within_window(now):
            return False, "outside check-in window"
        if not self._token_matches(presented):
            return False, "invalid check-in code"
        return True, "ok"


@login_required
@require_POST
def check_in(request: HttpRequest, slot_id: int) -> JsonResponse:
    slot = get_object_or_404(ShiftSlot, pk=slot_id)
    now = datetime.now(timezone.utc)
    ok, reason = CheckinPolicy(slot).allows(request.user.id, request.POST.get("token", ""), now)
    if not ok:
        return JsonResponse({"checked_in": False, "reason": reason}, status=403)
    slot.checked_in_at = now
    slot.save(update_fields=["checked_in_at"])
    return JsonResponse(
        {
            "checked_in": True,
            "lock": slot.lock.name,
            "starts_at": slot.starts_at.isoformat(),
        }
    )
