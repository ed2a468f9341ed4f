"""Login handling and audit trail for the trade portal.

Every trade portal login attempt is recorded for the account manager, who
gets alerted when a restaurant or wholesaler account sees repeated failures.
"""
import logging

from django.contrib.auth import authenticate, login
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from saltboiler.trade.models import LoginAttempt

audit = logging.getLogger("saltboiler.trade.audit")

FAILURE_ALERT_THRESHOLD = 5


def client_ip(request) -> str:
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    return forwarded.split(",")[0].strip() if forwarded else request.META.get("REMOTE_ADDR", "")


def record_attempt(username: str, ip: str, success: bool) -> int:
    LoginAttempt.objects.create(username=username, ip=ip, success=success)
    return LoginAttempt.objects.recent_failures(username).count()


@require_POST
def trade_login(request):
    username = request.POST.get("username", "").strip().lower()
    password = request.POST.get("password", "")
    ip = client_ip(request)
    user = authenticate(request, username=username, password=password)
    failures = record_attempt(username, ip, user is not None)
    audit.info(
        "trade login user=%s ip=%s success=%s recent_failures=%d",
        username, ip, user is not None, failures,
    )
    if user is None:
        if failures >= FAILURE_ALERT_THRESHOLD:
            audit.warning("repeated trade login failures for %s from %s", username, ip)
        return JsonResponse({"error": "invalid credentials"}, status=401)
    login(request, user)
    return JsonResponse({"account": user.trade_profile.account_id})
