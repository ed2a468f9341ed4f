"""Django login view for the owner portal with failed-attempt logging."""
from __future__ import annotations

import logging

from django.contrib.auth import authenticate, login
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

security_log = logging.getLogger("portal.security")

LOCKOUT_THRESHOLD = 8
LOCKOUT_SECONDS = 15 * 60


def _client_ip(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "unknown")


def _failure_key(username: str) -> str:
    return f"owner-login-failures:{username.lower()}"


def _log_failure(request: HttpRequest, username: str, failures: int) -> None:
    security_log.warning(
        "owner login failed for %s from %s (attempt %d)", username, _client_ip(request), failures
    )


@require_http_methods(["GET", "POST"])
def owner_login(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return render(request, "portal/login.html")

    username = request.POST.get("username", "").strip()
    password = request.POST.get("password", "")
    key = _failure_key(username)
    failures = cache.get(key, 0)
    if failures >= LOCKOUT_THRESHOLD:
        security_log.warning("locked-out login attempt for %s", username)
        return render(request, "portal/login.html", {"error": "Too many attempts"}, status=429)

    user = authenticate(request, username=username, password=password)
    if user is None:
        failures += 1
        cache.set(key, failures, LOCKOUT_SECONDS)
        _log_failure(request, username, failures)
        return render(request, "portal/login.html", {"error": "Invalid credentials"}, status=401)

    cache.delete(key)
    login(request, user)
    security_log.info("owner %s logged in from %s", user.pk, _client_ip(request))
    return redirect("portal:dashboard")
