"""Django views for remembering a staff member's device after MFA."""
import secrets

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from .models import TrustedDevice

DEVICE_COOKIE = "staff_trusted_device"
DEVICE_MAX_AGE = 14 * 24 * 3600


@require_POST
@login_required
def remember_device(request):
    if not request.session.get("mfa_verified"):
        return redirect("mfa:challenge")

    token = secrets.token_urlsafe(32)
    TrustedDevice.objects.create(
        user=request.user,
        token=token,
        user_agent=request.META.get("HTTP_USER_AGENT", "")[:255],
    )

    response = redirect("dashboard")
    response.set_signed_cookie(
        DEVICE_COOKIE,
        token,
        salt="practice.trusted-device",
        max_age=DEVICE_MAX_AGE,
        secure=True,
        httponly=True,
        samesite="Strict",
    )
    return response


@require_POST
@login_required
def forget_devices(request):
    TrustedDevice.objects.filter(user=request.user).delete()
    response = redirect("account:security")
    response.delete_cookie(DEVICE_COOKIE, samesite="Strict")
    return response
