"""Login view and audit trail for the trade portal."""
import logging
from datetime import timedelta

from django.contrib.auth import authenticate, login
from django.core.cache import cache
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

audit = logging.getLogger("portal.audit")

LOCKOUT_AFTER = 5
LOCKOUT_WINDOW = timedelta(minutes=15)


def _client_ip(request: HttpRequest) -> str:
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    return forwarded.split(",")[0].strip() if forwarded else request.META.get("REMOTE_ADDR", "")


def _failure_key(username: str) -> str:
    return f"login-fail:{username.lower()}"


@require_POST
def portal_login(request: HttpRequest) -> JsonResponse:
    username = request.POST.get("username", "").strip()
    password = request.POST.get("password", "")
    ip = _client_ip(request)

    failures = cache.get(_failure_key(username), 0)
    if failures >= LOCKOUT_AFTER:
        audit.warning("login blocked for %s from %s after %d failures", username, ip, failures)
        return JsonResponse({"error": "account temporarily locked"}, status=429)

    user = authenticate(request, username=username, password=password)
    if user is None:
        cache.set(_failure_key(username), failures + 1, int(LOCKOUT_WINDOW.total_seconds()))
        audit.info("failed login for %s from %s (attempt %d)", username, ip, failures + 1)
        return JsonResponse({"error": "invalid credentials"}, status=401)

    cache.delete(_failure_key(username))
    login(request, user)
    account = getattr(user, "trade_profile", None)
    audit.info(
        "login ok for %s (account %s) from %s",
        username,
        account.account_id if account else "-",
        ip,
    )
    return JsonResponse({"ok": True, "account": account.account_id if account else None})
