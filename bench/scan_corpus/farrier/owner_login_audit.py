"""Audit trail and lockout for owner portal sign-in attempts."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from django.contrib.auth import authenticate, login
from django.core.cache import cache
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

audit = logging.getLogger("farrier.portal.audit")

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)


@dataclass
class LoginAttempt:
    email: str
    password: str
    remote_addr: str
    user_agent: str

    @classmethod
    def from_request(cls, request: HttpRequest) -> "LoginAttempt":
        return cls(
            email=request.POST.get("email", "").strip().lower(),
            password=request.POST.get("password", ""),
            remote_addr=request.META.get("REMOTE_ADDR", "-"),
            user_agent=request.META.get("HTTP_USER_AGENT", "-")[:120],
        )


def _failure_key(email: str) -> str:
    return f"portal-login-failures:{email}"


def record_failure(attempt: LoginAttempt) -> int:
    key = _failure_key(attempt.email)
    failures = cache.get(key, 0) + 1
    cache.set(key, failures, timeout=int(LOCKOUT.total_seconds()))
    audit.warning(
        "failed portal login for %s from %s (%s), failure %d of %d",
        attempt.email, attempt.remote_addr, attempt.user_agent, failures, MAX_FAILURES,
    )
    return failures


@require_POST
def portal_login(request: HttpRequest) -> JsonResponse:
    attempt = LoginAttempt.from_request(request)
    if cache.get(_failure_key(attempt.email), 0) >= MAX_FAILURES:
        audit.warning("locked-out portal login for %s from %s", attempt.email, attempt.remote_addr)
        return JsonResponse({"error": "too many attempts, try again later"}, status=429)

    user = authenticate(request, username=attempt.email, password=attempt.password)
    if user is None:
        record_failure(attempt)
        return JsonResponse({"error": "invalid email or password"}, status=401)

    cache.delete(_failure_key(attempt.email))
    login(request, user)
    audit.info(
        "portal login for %s (owner %s) from %s at %s",
        attempt.email, user.pk, attempt.remote_addr, datetime.now(timezone.utc).isoformat(),
    )
    return JsonResponse({"owner": user.get_full_name()})
