"""Email verification for bidders registering on the lien-auction site."""
from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.core.mail import send_mail
from django.db import models, transaction
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

CODE_TTL = timedelta(minutes=15)
MAX_ATTEMPTS = 5


class BidderVerification(models.Model):
    email = models.EmailField(db_index=True)
    code = models.CharField(max_length=8)
    attempts = models.PositiveSmallIntegerField(default=0)
    expires_at = models.DateTimeField()
    verified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "auctions"


def _new_code() -> str:
    return f"{secrets.randbelow(10**6):06d}"


@require_POST
def start_verification(request: HttpRequest) -> JsonResponse:
    email = request.POST.get("email", "").strip().lower()
    if "@" not in email:
        return JsonResponse({"error": "invalid email"}, status=400)
    code = _new_code()
    BidderVerification.objects.create(
        email=email, code=code, expires_at=datetime.now(timezone.utc) + CODE_TTL
    )
    send_mail(
        "Your auction bidder verification code",
        f"Enter {code} to finish registering for online storage auctions.",
        settings.DEFAULT_FROM_EMAIL,
        [email],
    )
    return JsonResponse({"status": "sent"})


@require_POST
def confirm_verification(request: HttpRequest) -> JsonResponse:
    email = request.POST.get("email", "").strip().lower()
    submitted = request.POST.get("code", "").strip()
    with transaction.atomic():
        record = (
            BidderVerification.objects.select_for_update()
            .filter(email=email, verified_at__isnull=True)
            .order_by("-expires_at")
            .first()
        )
        if record is None or record.expires_at < datetime.now(timezone.utc):
            return JsonResponse({"error": "code expired"}, status=400)
        if record.attempts >= MAX_ATTEMPTS:
            return JsonResponse({"error": "too many attempts"}, status=429)
        if record.code != submitted:
            record.attempts += 1
            record.save(update_fields=["attempts"])
            return JsonResponse({"error": "incorrect code"}, status=400)
        record.verified_at = datetime.now(timezone.utc)
        record.save(update_fields=["verified_at"])
    request.session["verified_bidder_email"] = email
    return JsonResponse({"status": "verified"})
