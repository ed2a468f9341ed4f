"""Django views that bind a browser to an account after step-up verification."""
import hashlib
import secrets
from datetime import timedelta

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.utils import timezone
from django.views.decorators.http import require_POST

from .models import BoundDevice

BIND_DAYS = 30
COOKIE_NAME = "__Host-bd"


@require_POST
@login_required
def bind_device(request):
    if not request.session.get("step_up_verified"):
        return redirect("security:step_up")
    token = secrets.token_urlsafe(32)
    BoundDevice.objects.create(
        user=request.user,
        token_sha256=hashlib.sha256(token.encode()).hexdigest(),
        expires_at=timezone.now() + timedelta(days=BIND_DAYS),
        label=request.headers.get("User-Agent", "")[:200],
    )
    response = redirect("dashboard:home")
    response.set_cookie(
        COOKIE_NAME,
        token,
        max_age=BIND_DAYS * 86400,
        secure=True,
        httponly=True,
        samesite="Strict",
        path="/",
    )
    return response


@require_POST
@login_required
def unbind_device(request):
    token = request.COOKIES.get(COOKIE_NAME)
    if token:
        BoundDevice.objects.filter(
            user=request.user, token_sha256=hashlib.sha256(token.encode()).hexdigest()
        ).delete()
    response = redirect("security:devices")
    response.delete_cookie(COOKIE_NAME, path="/", samesite="Strict")
    return response
