"""Login view for the locum app with an audit trail of sign-in attempts.

NHS framework audits ask the agency to show who signed in, when and from
where, and how repeated failures were handled.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone

from django.contrib.auth import authenticate, login
from django.core.cache import cache
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

audit = logging.getLogger("locum.audit.login")

LOCKOUT_AFTER = 5
LOCKOUT_WINDOW = timedelta(minutes=15)


def _client_ip(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "unknown")


def _failure_key(username: str) -> str:
    return f"login-failures:{username.lower()}"


@require_POST
def clinician_login(request: HttpRequest) -> JsonResponse:
    username = request.POST.get("username", "").strip()
    password = request.POST.get("password", "")
    ip = _client_ip(request)

    failures = cache.get(_failure_key(username), 0)
    if failures >= LOCKOUT_AFTER:
        audit.warning("login blocked for %s from %s after %d failures", username, ip, failures)
        return JsonResponse({"error": "account temporarily locked"}, status=429)

    user = authenticate(request, username=username, password=password)
    if user is None:
        cache.set(_failure_key(username), failures + 1, timeout=int(LOCKOUT_WINDOW.total_seconds()))
        audit.info("failed login for %s from %s (attempt %d)", username, ip, failures + 1)
        return JsonResponse({"error": "invalid credentials"}, status=401)

    cache.delete(_failure_key(username))
    login(request, user)
    audit.info(
        "login ok user=%s id=%s ip=%s at=%s",
        user.get_username(),
        user.pk,
        ip,
        datetime.now(timezone.utc).isoformat(),
    )
    return JsonResponse({"status": "ok", "clinician_id": user.pk})
