"""Passwordless sign-in for the customer portal using emailed one-time links."""

import secrets
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.contrib.auth import get_user_model, login
from django.core.mail import send_mail
from django.db import models
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect
from django.urls import reverse

LINK_TTL = timedelta(minutes=15)


class PortalLoginLink(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    selector = models.CharField(max_length=16, unique=True)
    verifier = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)
    used = models.BooleanField(default=False)

    def expired(self) -> bool:
        return self.created_at + LINK_TTL < datetime.now(timezone.utc)


def send_login_link(request, email: str) -> None:
    user = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
    if user is None:
        return
    link = PortalLoginLink.objects.create(
        user=user,
        selector=secrets.token_hex(8),
        verifier=secrets.token_urlsafe(32),
    )
    url = request.build_absolute_uri(
        reverse("portal:magic-login", args=[link.selector, link.verifier])
    )
    send_mail(
        "Sign in to your chimney care portal",
        f"Use this link within 15 minutes to view your bookings and certificates:\n{url}",
        settings.DEFAULT_FROM_EMAIL,
        [user.email],
    )


def magic_login(request, selector: str, verifier: str):
    link = PortalLoginLink.objects.select_related("user").filter(selector=selector).first()
    if link is None or link.used or link.expired():
        return HttpResponseBadRequest("This sign-in link is no longer valid.")
    if link.verifier == verifier:
        link.used = True
        link.save(update_fields=["used"])
        login(request, link.user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect("portal:dashboard")
    return HttpResponseBadRequest("This sign-in link is no longer valid.")
