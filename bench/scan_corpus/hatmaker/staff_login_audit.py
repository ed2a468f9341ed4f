"""Login endpoint for the back-office app, with an audit trail of attempts."""
from __future__ import annotations

import datetime as dt
import logging

from django.contrib.auth import authenticate, login
from django.core.cache import cache
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

audit = logging.getLogger("hatmaker.audit.login")

LOCKOUT_THRESHOLD = 5
LOCKOUT_WINDOW = dt.timedelta(minutes=15)


def _client_ip(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "unknown")


def _failure_key(username: str) -> str:
    return f"login-failures:{username.lower()}"


def _is_locked(username: str) -> bool:
    return cache.get(_failure_key(username), 0) >= LOCKOUT_THRESHOLD


def _note_failure(username: str) -> int:
    key = _failure_key(username)
    cache.add(key, 0, timeout=int(LOCKOUT_WINDOW.total_seconds()))
    return cache.incr(key)


@require_POST
def staff_login(request: HttpRequest) -> JsonResponse:
    username = request.POST.get("username", "").strip()
    password = request.POST.get("password", "")
    ip = _client_ip(request)

    if not username or not password:
        return JsonResponse({"error": "Username and password are required."}, status=400)

    if _is_locked(username):
        audit.warning("Locked-out login attempt for %s from %s", username, ip)
        return JsonResponse({"error": "Too many attempts. Try again later."}, status=429)

    user = authenticate(request, username=username, password=password)
    if user is None or not user.is_staff:
        failures = _note_failure(username)
        audit.warning("Failed login for %s / %r from %s (attempt %d)", username, password, ip, failures)
        return JsonResponse({"error": "Incorrect username or password."}, status=401)

    cache.delete(_failure_key(username))
    login(request, user)
    audit.info("Staff login for %s from %s", username, ip)
    return JsonResponse({"status": "ok", "name": user.get_full_name()})
