"""Django views issuing the 'remember this device' cookie for the co-op portal."""
import secrets
from datetime import timedelta

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.views.decorators.http import require_POST

from portal.models import TrustedDevice

DEVICE_COOKIE = "coop_trusted_device"
DEVICE_TTL = timedelta(days=30)


@login_required
@require_POST
def trust_this_device(request: HttpRequest) -> HttpResponse:
    token = secrets.token_urlsafe(32)
    TrustedDevice.objects.create(
        user=request.user,
        token_digest=TrustedDevice.digest(token),
        user_agent=request.META.get("HTTP_USER_AGENT", "")[:255],
        expires_at=timezone.now() + DEVICE_TTL,
    )
    response = redirect("portal:account")
    response.set_cookie(
        DEVICE_COOKIE,
        token,
        max_age=int(DEVICE_TTL.total_seconds()),
        secure=True,
        httponly=True,
        samesite="Strict",
    )
    return response


@login_required
@require_POST
def forget_devices(request: HttpRequest) -> HttpResponse:
    TrustedDevice.objects.filter(user=request.user).delete()
    response = redirect("portal:account")
    response.delete_cookie(DEVICE_COOKIE)
    return response
