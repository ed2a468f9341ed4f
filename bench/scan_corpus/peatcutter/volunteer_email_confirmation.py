"""Email confirmation for new volunteer sign-ups.

After signing up, a volunteer gets a six-digit code by email and types it
into the sign-up page to confirm their address before they can book places
on restoration days.
"""

import secrets

from django.core.cache import cache
from django.core.mail import send_mail
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from volunteers.models import Volunteer

CODE_TTL = 15 * 60
MAX_ATTEMPTS = 5


def _cache_key(volunteer_id) -> str:
    return f"volunteer-confirm:{volunteer_id}"


def issue_confirmation_code(volunteer: Volunteer) -> None:
    code = f"{secrets.randbelow(10**6):06d}"
    cache.set(_cache_key(volunteer.pk), {"code": code, "attempts": 0}, CODE_TTL)
    send_mail(
        subject="Confirm your Peatcutter volunteer account",
        message=f"Hi {volunteer.first_name},\n\nYour confirmation code is {code}. It expires in 15 minutes.",
        from_email=None,
        recipient_list=[volunteer.email],
    )


@require_POST
def confirm_email(request):
    volunteer_id = request.POST.get("volunteer_id", "")
    submitted = request.POST.get("code", "").strip()
    entry = cache.get(_cache_key(volunteer_id))
    if entry is None:
        return JsonResponse({"error": "Code expired, please request a new one"}, status=410)
    if entry["attempts"] >= MAX_ATTEMPTS:
        return JsonResponse({"error": "Too many attempts"}, status=429)
    if submitted != entry["code"]:
        entry["attempts"] += 1
        cache.set(_cache_key(volunteer_id), entry, CODE_TTL)
        return JsonResponse({"error": "That code does not match"}, status=400)
    Volunteer.objects.filter(pk=volunteer_id).update(email_confirmed=True)
    cache.delete(_cache_key(volunteer_id))
    return JsonResponse({"status": "confirmed"})
