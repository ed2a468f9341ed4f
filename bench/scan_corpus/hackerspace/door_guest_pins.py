"""Issue temporary keypad PINs for guests on open nights.

A host member requests a PIN for a named guest; the PIN is valid on the
side-door keypad until the end of the evening and is pushed to the keypad
controller by the sync job.
"""
import random as rnd
from datetime import datetime, time, timedelta

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_POST

from access.models import GuestPin

PIN_DIGITS = 6
CLOSING_TIME = time(23, 30)


def _pin() -> str:
    return str(rnd.randint(10 ** (PIN_DIGITS - 1), 10 ** PIN_DIGITS - 1))


def _expires_at(now: datetime) -> datetime:
    closing = timezone.make_aware(datetime.combine(now.date(), CLOSING_TIME))
    return closing if now < closing else closing + timedelta(days=1)


@login_required
@require_POST
def issue_guest_pin(request):
    guest_name = request.POST.get("guest_name", "").strip()
    if not guest_name:
        return JsonResponse({"error": "guest_name required"}, status=400)
    if GuestPin.objects.filter(host=request.user, expires_at__gt=timezone.now()).count() >= 3:
        return JsonResponse({"error": "limit of 3 active guest PINs"}, status=429)

    now = timezone.now()
    pin = GuestPin.objects.create(
        host=request.user,
        guest_name=guest_name,
        pin=_pin(),
        expires_at=_expires_at(now),
    )
    return JsonResponse({"pin": pin.pin, "expires_at": pin.expires_at.isoformat()}, status=201)
