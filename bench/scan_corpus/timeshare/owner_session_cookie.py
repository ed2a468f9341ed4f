"""Session cookie handling for the owner booking portal (Django)."""
from __future__ import annotations

import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import authenticate
from django.core.cache import cache
from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_POST

SESSION_AGE = timedelta(hours=8)
COOKIE_NAME = "ts_owner_session"

COOKIE_OPTIONS = {
    "max_age": int(SESSION_AGE.total_seconds()),
    "secure": True,
    "httponly": True,
    "samesite": "Strict",
    "path": "/",
}


def _start_session(owner_id: int) -> str:
    session_id = secrets.token_urlsafe(32)
    cache.set(f"owner-session:{session_id}", owner_id, timeout=COOKIE_OPTIONS["max_age"])
    return session_id


@csrf_protect
@require_POST
def owner_login(request: HttpRequest) -> JsonResponse:
    user = authenticate(
        request,
        username=request.POST.get("member_number", ""),
        password=request.POST.get("password", ""),
    )
    if user is None:
        return JsonResponse({"error": "invalid credentials"}, status=401)
    response = JsonResponse({"owner_id": user.pk})
    response.set_cookie(COOKIE_NAME, _start_session(user.pk), domain=settings.OWNER_COOKIE_DOMAIN, **COOKIE_OPTIONS)
    return response


@csrf_protect
@require_POST
def owner_logout(request: HttpRequest) -> JsonResponse:
    session_id = request.COOKIES.get(COOKIE_NAME)
    if session_id:
        cache.delete(f"owner-session:{session_id}")
    response = JsonResponse({"ok": True})
    response.delete_cookie(COOKIE_NAME, path="/", domain=settings.OWNER_COOKIE_DOMAIN)
    return response
