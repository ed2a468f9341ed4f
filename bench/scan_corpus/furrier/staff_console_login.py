"""Login view for the back-office console used by counter and vault staff."""
from __future__ import annotations

import logging
import secrets

from django.conf import settings
from django.contrib.auth import authenticate
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_POST

log = logging.getLogger("furrier.console.auth")

CONSOLE_COOKIE = "fc_console"
CONSOLE_SESSION_SECONDS = 9 * 60 * 60  # one shift


def _start_console_session(user_id: int) -> str:
    token = secrets.token_urlsafe(32)
    cache.set(f"console-session:{token}", user_id, timeout=CONSOLE_SESSION_SECONDS)
    return token


@require_POST
def console_login(request: HttpRequest) -> HttpResponse:
    username = request.POST.get("username", "")
    user = authenticate(request, username=username, password=request.POST.get("password", ""))
    if user is None or not user.is_staff:
        log.info("failed console login for %s", username)
        return JsonResponse({"error": "invalid credentials"}, status=401)

    token = _start_console_session(user.pk)
    response = JsonResponse({"user": user.get_username(), "shift_hours": 9})
    response.set_cookie(
        CONSOLE_COOKIE,
        token,
        max_age=CONSOLE_SESSION_SECONDS,
        secure=True,
        httponly=True,
        samesite="Strict",
        domain=getattr(settings, "CONSOLE_COOKIE_DOMAIN", None),
    )
    log.info("console login for %s", username)
    return response


@require_POST
def console_logout(request: HttpRequest) -> HttpResponse:
    token = request.COOKIES.get(CONSOLE_COOKIE)
    if token:
        cache.delete(f"console-session:{token}")
    response = JsonResponse({"ok": True})
    response.delete_cookie(CONSOLE_COOKIE, samesite="Strict")
    return response
