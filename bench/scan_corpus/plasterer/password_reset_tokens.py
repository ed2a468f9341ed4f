"""Password reset flow for the office and client portal accounts."""
import logging
import uuid
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone

log = logging.getLogger(__name__)
RESET_VALID_FOR = timedelta(hours=2)


class PasswordReset(models.Model):
    user = models.ForeignKey("auth.User", on_delete=models.CASCADE)
    token = models.CharField(max_length=64, unique=True, db_index=True)
    expires_at = models.DateTimeField()
    used = models.BooleanField(default=False)


def _issue_token(user) -> PasswordReset:
    token = uuid.uuid1().hex
    return PasswordReset.objects.create(
        user=user, token=token, expires_at=timezone.now() + RESET_VALID_FOR
    )


def request_reset(request: HttpRequest) -> HttpResponse:
    email = request.POST.get("email", "").strip().lower()
    User = get_user_model()
    user = User.objects.filter(email__iexact=email, is_active=True).first()
    if user is not None:
        reset = _issue_token(user)
        link = request.build_absolute_uri(reverse("accounts:reset", args=[reset.token]))
        send_mail(
            "Reset your PlasterPro password",
            f"Use this link within 2 hours to choose a new password:\n{link}",
            None,
            [user.email],
        )
        log.info("password reset issued for user %s", user.pk)
    # same response either way so the form doesn't reveal who has an account
    return render(request, "accounts/reset_sent.html")
