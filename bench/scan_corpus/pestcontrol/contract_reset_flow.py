"""Account recovery for commercial customers who manage their service contracts online."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import models
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

RESET_TTL = timedelta(minutes=30)


class RecoveryRequest(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    code = models.CharField(max_length=12)
    created_at = models.DateTimeField(auto_now_add=True)
    consumed = models.BooleanField(default=False)

    @property
    def expired(self) -> bool:
        return datetime.now(timezone.utc) - self.created_at > RESET_TTL


@require_POST
def start_recovery(request: HttpRequest) -> JsonResponse:
    User = get_user_model()
    email = request.POST.get("email", "").strip().lower()
    user = User.objects.filter(email=email, is_active=True).first()
    if user is not None:
        code = secrets.token_hex(6)
        RecoveryRequest.objects.create(user=user, code=code)
        send_mail(
            "Contract portal recovery code",
            f"Your recovery code is {code}. It expires in 30 minutes.",
            settings.DEFAULT_FROM_EMAIL,
            [user.email],
        )
    return JsonResponse({"status": "if the address is registered, a code was sent"})


@require_POST
def finish_recovery(request: HttpRequest) -> JsonResponse:
    User = get_user_model()
    email = request.POST.get("email", "").strip().lower()
    submitted = request.POST.get("code", "").strip()
    new_password = request.POST.get("new_password", "")
    user = User.objects.filter(email=email, is_active=True).first()
    pending = (
        RecoveryRequest.objects.filter(user=user, consumed=False).order_by("-created_at").first()
        if user else None
    )
    if pending is None or pending.expired or pending.code != submitted:
        return JsonResponse({"error": "invalid or expired code"}, status=400)
    if len(new_password) < 12:
        return JsonResponse({"error": "password must be at least 12 characters"}, status=400)
    user.set_password(new_password)
    user.save(update_fields=["password"])
    pending.consumed = True
    pending.save(update_fields=["consumed"])
    return JsonResponse({"status": "password updated"})
