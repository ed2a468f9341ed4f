"""Audit trail and lockout for warranty portal sign-ins.

Every sign-in attempt is written to the audit log, and an account is
locked for fifteen minutes after repeated failures from any address.
"""
import logging
from datetime import datetime, timedelta, timezone

from django.contrib.auth import authenticate, login
from django.core.cache import cache
from django.http import JsonResponse
from django.views.decorators.http import require_POST

audit = logging.getLogger("scythesmith.audit.signin")

LOCKOUT_THRESHOLD = 5
LOCKOUT_WINDOW = timedelta(minutes=15)


def _client_ip(request) -> str:
    return request.META.get("REMOTE_ADDR", "unknown")


def _failure_key(email: str) -> str:
    return f"signin-failures:{email}"


@require_POST
def sign_in(request):
    email = request.POST.get("email", "").strip().lower()
    password = request.POST.get("password", "")
    ip = _client_ip(request)
    failures = cache.get(_failure_key(email), 0)
    if failures >= LOCKOUT_THRESHOLD:
        audit.warning("sign-in blocked for locked account %s from %s", email, ip)
        return JsonResponse({"error": "account temporarily locked"}, status=429)
    user = authenticate(request, username=email, password=password)
    if user is None:
        cache.set(_failure_key(email), failures + 1, int(LOCKOUT_WINDOW.total_seconds()))
        audit.warning("failed sign-in for %s from %s (attempt %d)", email, ip, failures + 1)
        return JsonResponse({"error": "invalid credentials"}, status=401)
    cache.delete(_failure_key(email))
    login(request, user)
    audit.info("sign-in ok for %s from %s at %s", email, ip,
               datetime.now(timezone.utc).isoformat())
    return JsonResponse({"ok": True})
