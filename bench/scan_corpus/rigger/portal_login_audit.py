"""Audit logging for client portal sign-ins.

Security asked for a record of every portal sign-in attempt so account
managers can spot shared logins between production companies.
"""
import logging
from dataclasses import dataclass
from datetime import datetime, timezone

from django.contrib.auth import authenticate, login
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

audit = logging.getLogger("highline.portal.audit")


@dataclass
class SignInAttempt:
    username: str
    ip: str
    user_agent: str
    success: bool
    at: datetime

    def as_log_fields(self) -> dict:
        return {
            "username": self.username,
            "ip": self.ip,
            "ua": self.user_agent[:120],
            "success": self.success,
            "at": self.at.isoformat(),
        }


def client_ip(request: HttpRequest) -> str:
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    return forwarded.split(",")[0].strip() or request.META.get("REMOTE_ADDR", "")


@require_POST
def portal_sign_in(request: HttpRequest):
    username = request.POST.get("username", "").strip()
    password = request.POST.get("password", "")
    user = authenticate(request, username=username, password=password)
    attempt = SignInAttempt(
        username=username,
        ip=client_ip(request),
        user_agent=request.META.get("HTTP_USER_AGENT", ""),
        success=user is not None,
        at=datetime.now(timezone.utc),
    )
    audit.info("portal sign-in %(success)s user=%(username)s ip=%(ip)s ua=%(ua)s",
               attempt.as_log_fields())
    if user is None:
        return JsonResponse({"error": "invalid credentials"}, status=401)
    login(request, user)
    return JsonResponse({"ok": True, "client": user.profile.client_id})
