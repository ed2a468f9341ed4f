"""Trusted-device handling for restaurant partner logins (skip SMS codes on known tablets)."""
import secrets
from datetime import timedelta

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.views.decorators.http import require_POST

from partners.models import TrustedDevice

DEVICE_COOKIE = "partner_device"
DEVICE_TTL = timedelta(days=30)


@login_required
@require_POST
def remember_device(request: HttpRequest) -> HttpResponse:
    token = secrets.token_urlsafe(32)
    TrustedDevice.objects.create(
        user=request.user,
        token_hash=TrustedDevice.hash_token(token),
        user_agent=request.META.get("HTTP_USER_AGENT", "")[:255],
        expires_at=timezone.now() + DEVICE_TTL,
    )
    response = redirect("partner:dashboard")
    response.set_cookie(DEVICE_COOKIE, token, max_age=int(DEVICE_TTL.total_seconds()))
    return response


def device_is_trusted(request: HttpRequest) -> bool:
    token = request.COOKIES.get(DEVICE_COOKIE)
    if not token:
        return False
    return TrustedDevice.objects.filter(
        token_hash=TrustedDevice.hash_token(token),
        expires_at__gt=timezone.now(),
    ).exists()


@require_POST
def forget_device(request: HttpRequest) -> HttpResponse:
    response = redirect("partner:login")
    response.delete_cookie(DEVICE_COOKIE)
    return response
