"""Sign-in handling and audit logging for the workshop back-office."""

import logging

from django.contrib.auth import authenticate, login
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

security_log = logging.getLogger("clogmaker.backoffice.security")


def _client_ip(request: HttpRequest) -> str:
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    return forwarded.split(",")[0].strip() if forwarded else request.META.get("REMOTE_ADDR", "-")


def _log_attempt(username: str, request: HttpRequest, outcome: str) -> None:
    security_log.info(
        "backoffice login %s",
        outcome,
        extra={
            "username": username,
            "ip": _client_ip(request),
            "user_agent": request.META.get("HTTP_USER_AGENT", "-")[:200],
        },
    )


@require_POST
def backoffice_login(request: HttpRequest) -> JsonResponse:
    username = request.POST.get("username", "").strip()
    password = request.POST.get("password", "")
    if not username or not password:
        _log_attempt(username, request, "missing-credentials")
        return JsonResponse({"error": "missing credentials"}, status=400)
    user = authenticate(request, username=username, password=password)
    if user is None or not user.is_staff:
        _log_attempt(username, request, "rejected")
        return JsonResponse({"error": "invalid credentials"}, status=401)
    login(request, user)
    _log_attempt(username, request, "accepted")
    return JsonResponse({"user": user.get_username(), "bench": getattr(user, "bench_code", None)})
