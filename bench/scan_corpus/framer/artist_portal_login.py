"""Login endpoint for the consignment artists' portal."""
import logging
from datetime import datetime, timedelta, timezone

from django.contrib.auth import authenticate, login
from django.core.cache import cache
from django.http import JsonResponse
from django.views.decorators.http import require_POST

audit = logging.getLogger("consignment.audit")

MAX_FAILURES = 5
LOCK_WINDOW = timedelta(minutes=15)


def _failure_key(email: str) -> str:
    return f"portal-login-failures:{email}"


def _client_ip(request) -> str:
    return request.META.get("REMOTE_ADDR", "-")


@require_POST
def portal_login(request):
    email = request.POST.get("email", "").strip().lower()
    password = request.POST.get("password", "")
    key = _failure_key(email)

    failures = cache.get(key, 0)
    if failures >= MAX_FAILURES:
        audit.warning("portal login locked for %s from %s", email, _client_ip(request))
        return JsonResponse({"error": "Too many attempts, try again later"}, status=429)

    user = authenticate(request, username=email, password=password)
    if user is None:
        cache.set(key, failures + 1, int(LOCK_WINDOW.total_seconds()))
        audit.info(
            "portal login failed for %s from %s (attempt %d)", email, _client_ip(request), failures + 1
        )
        return JsonResponse({"error": "Email or password not recognised"}, status=401)

    cache.delete(key)
    login(request, user)
    audit.info("portal login ok for %s at %s", email, datetime.now(timezone.utc).isoformat())
    return JsonResponse({"ok": True, "artist": user.get_full_name()})
