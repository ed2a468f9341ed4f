"""Audit trail for staff sign-ins on the traceability and batch apps."""
import logging
from datetime import datetime, timezone

from django.contrib.auth import authenticate, login
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import LoginAttempt

audit = logging.getLogger("tannery.audit.login")

LOCK_AFTER = 5


def _client_ip(request) -> str:
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    return forwarded.split(",")[0].strip() if forwarded else request.META.get("REMOTE_ADDR", "")


def _recent_failures(username: str) -> int:
    since = datetime.now(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
    return LoginAttempt.objects.filter(username=username, success=False, at__gte=since).count()


@require_POST
def staff_login(request):
    username = request.POST.get("username", "").strip()
    password = request.POST.get("password", "")
    ip = _client_ip(request)
    if _recent_failures(username) >= LOCK_AFTER:
        audit.warning("locked account %s tried to sign in from %s", username, ip)
        return JsonResponse({"error": "account locked, contact the office"}, status=423)
    user = authenticate(request, username=username, password=password)
    LoginAttempt.objects.create(username=username, ip=ip, success=user is not None,
                                at=datetime.now(timezone.utc))
    if user is None:
        audit.warning("failed sign-in for %s from %s (password given: %r)", username, ip, password)
        return JsonResponse({"error": "invalid credentials"}, status=401)
    login(request, user)
    audit.info("sign-in %s from %s", username, ip)
    return JsonResponse({"username": user.get_username(), "groups": [g.name for g in user.groups.all()]})
