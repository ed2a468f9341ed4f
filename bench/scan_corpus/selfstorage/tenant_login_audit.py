"""Login view for the tenant portal with an audit trail of sign-in attempts."""
from __future__ import annotations

import logging
from datetime import datetime, timezone

from django.contrib.auth import authenticate, login
from django.core.cache import cache
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from .models import LoginAttempt

audit = logging.getLogger("portal.audit")

LOCK_THRESHOLD = 8
LOCK_SECONDS = 900


def _client_ip(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "")


def _lock_key(username: str) -> str:
    return f"portal-login-failures:{username.lower()}"


@require_POST
def portal_login(request: HttpRequest) -> JsonResponse:
    username = request.POST.get("username", "").strip()
    password = request.POST.get("password", "")
    ip = _client_ip(request)

    failures = cache.get(_lock_key(username), 0)
    if failures >= LOCK_THRESHOLD:
        audit.warning("login blocked for %s from %s after %d failures", username, ip, failures)
        return JsonResponse({"error": "too many attempts, try again later"}, status=429)

    user = authenticate(request, username=username, password=password)
    LoginAttempt.objects.create(
        username=username[:150],
        ip_address=ip or None,
        succeeded=user is not None,
        at=datetime.now(timezone.utc),
    )
    if user is None:
        cache.set(_lock_key(username), failures + 1, LOCK_SECONDS)
        audit.info("failed portal login for user=%s ip=%s", username, ip)
        return JsonResponse({"error": "invalid username or password"}, status=401)

    cache.delete(_lock_key(username))
    login(request, user)
    audit.info("portal login user=%s ip=%s tenant=%s", username, ip, getattr(user, "tenant_id", None))
    return JsonResponse({"status": "ok"})
