"""Issue one-evening keypad codes for guests of members."""
import secrets
from datetime import datetime, time, timedelta

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_POST

from access.models import GuestPin

CODE_DIGITS = 6
CLOSING_TIME = time(23, 30)
MAX_ACTIVE_PER_HOST = 3


def new_keypad_code(digits: int = CODE_DIGITS) -> str:
    return f"{secrets.randbelow(10 ** digits):0{digits}d}"


def _end_of_evening(now: datetime) -> datetime:
    closing = timezone.make_aware(datetime.combine(now.date(), CLOSING_TIME))
    return closing if now < closing else closing + timedelta(days=1)


@login_required
@require_POST
def issue_guest_code(request):
    guest_name = request.POST.get("guest_name", "").strip()
    if not guest_name:
        return JsonResponse({"error": "guest_name required"}, status=400)
    now = timezone.now()
    active = GuestPin.objects.filter(host=request.user, expires_at__gt=now).count()
    if active >= MAX_ACTIVE_PER_HOST:
        return JsonResponse({"error": f"limit of {MAX_ACTIVE_PER_HOST} active guest codes"}, status=429)

    code = GuestPin.objects.create(
        host=request.user,
        guest_name=guest_name,
        pin=new_keypad_code(),
        expires_at=_end_of_evening(now),
    )
    return JsonResponse({"pin": code.pin, "expires_at": code.expires_at.isoformat()}, status=201)
