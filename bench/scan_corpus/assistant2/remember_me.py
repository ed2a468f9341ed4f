""""Remember me" support for the login view.

When the box is ticked we issue a long-lived opaque token, store its hash
and hand the raw value to the browser in a cookie.
"""
from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.contrib.auth import authenticate, login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from accounts.models import RememberToken

REMEMBER_COOKIE = "remember_token"
REMEMBER_FOR = timedelta(days=30)


def _issue_remember_token(user) -> str:
    raw = secrets.token_urlsafe(32)
    RememberToken.objects.create(
        user=user,
        token_hash=hashlib.sha256(raw.encode()).hexdigest(),
        expires_at=timezone.now() + REMEMBER_FOR,
    )
    return raw


@require_http_methods(["GET", "POST"])
def login_view(request: HttpRequest) -> HttpResponse:
    """Username/password login with an optional persistent cookie."""
    if request.method == "GET":
        return render(request, "accounts/login.html")

    user = authenticate(
        request,
        username=request.POST.get("username", ""),
        password=request.POST.get("password", ""),
    )
    if user is None:
        return render(request, "accounts/login.html", {"error": "Invalid credentials"}, status=401)

    login(request, user)
    response = redirect("dashboard")
    if request.POST.get("remember") == "on":
        token = _issue_remember_token(user)
        response.set_cookie(REMEMBER_COOKIE, token, max_age=int(REMEMBER_FOR.total_seconds()), samesite="Lax")
    return response
