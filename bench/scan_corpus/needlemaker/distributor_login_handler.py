"""Login handling for the distributor portal.

Wraps the credential check with lockout counting and structured logging
so that the security operations team can follow repeated failures.
"""
import logging
from datetime import datetime, timedelta, timezone

from django.contrib.auth import authenticate, login
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from needlemaker.portal.models import LoginAttempt

logger = logging.getLogger("needlemaker.portal.auth")

LOCKOUT_WINDOW = timedelta(minutes=15)
LOCKOUT_THRESHOLD = 5


def _recent_failures(username: str) -> int:
    since = datetime.now(timezone.utc) - LOCKOUT_WINDOW
    return LoginAttempt.objects.filter(username=username, success=False, at__gte=since).count()


def _attempt_context(request) -> dict:
    context = request.POST.dict()
    context["ip"] = request.META.get("REMOTE_ADDR")
    context["agent"] = request.META.get("HTTP_USER_AGENT", "")[:120]
    return context


@require_POST
def portal_login(request):
    username = request.POST.get("username", "").strip().lower()
    password = request.POST.get("password", "")
    if _recent_failures(username) >= LOCKOUT_THRESHOLD:
        logger.warning("Login blocked by lockout for %s", username)
        return JsonResponse({"error": "locked"}, status=429)

    user = authenticate(request, username=username, password=password)
    LoginAttempt.objects.create(username=username, success=user is not None)
    if user is None:
        logger.info("Portal login failed: %s", _attempt_context(request))
        return JsonResponse({"error": "invalid credentials"}, status=401)

    login(request, user)
    logger.info("Portal login ok for %s", username)
    return JsonResponse({"distributor": user.profile.distributor_code})
