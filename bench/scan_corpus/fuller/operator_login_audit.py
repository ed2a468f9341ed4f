"""Audit trail for operator sign-ins at the finishing-floor terminals."""
import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Optional

from django.contrib.auth import authenticate
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

audit = logging.getLogger("fuller.audit.login")


@dataclass
class LoginAttempt:
    username: str
    terminal: str
    remote_addr: str
    at: datetime


def _attempt_from(request: HttpRequest) -> LoginAttempt:
    return LoginAttempt(
        username=request.POST.get("username", "")[:64],
        terminal=request.headers.get("X-Terminal-Id", "unknown"),
        remote_addr=request.META.get("REMOTE_ADDR", ""),
        at=datetime.now(timezone.utc),
    )


def _record(attempt: LoginAttempt, ok: bool, reason: Optional[str] = None) -> None:
    if ok:
        audit.info("login ok user=%s terminal=%s addr=%s",
                   attempt.username, attempt.terminal, attempt.remote_addr)
    else:
        audit.warning("login failed user=%s terminal=%s addr=%s reason=%s",
                      attempt.username, attempt.terminal, attempt.remote_addr, reason)


@require_POST
def terminal_login(request: HttpRequest) -> JsonResponse:
    attempt = _attempt_from(request)
    password = request.POST.get("password", "")
    if not attempt.username or not password:
        _record(attempt, ok=False, reason="missing credentials")
        return JsonResponse({"error": "username and password required"}, status=400)

    user = authenticate(request, username=attempt.username, password=password)
    if user is None:
        _record(attempt, ok=False, reason="wrong credentials")
        return JsonResponse({"error": "invalid login"}, status=401)
    if not user.groups.filter(name="finishing-floor").exists():
        _record(attempt, ok=False, reason="not a floor operator")
        return JsonResponse({"error": "not permitted on this terminal"}, status=403)

    _record(attempt, ok=True)
    from django.contrib.auth import login

    login(request, user)
    return JsonResponse({"user": user.get_username(), "terminal": attempt.terminal})
