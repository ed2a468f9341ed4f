"""Login view issuing the liaison portal session cookie for hospital staff."""
from __future__ import annotations

import secrets
from datetime import timedelta

from django.contrib.auth import authenticate
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_POST

SESSION_TTL = timedelta(hours=8)
SESSION_COOKIE_NAME = "liaison_session"
COOKIE_POLICY = {
    "max_age": int(SESSION_TTL.total_seconds()),
    "secure": True,
    "httponly": True,
    "samesite": "Strict",
    "path": "/",
}


def _new_session(user_id: int, hospital_code: str) -> str:
    session_id = secrets.token_urlsafe(32)
    cache.set(f"liaison:{session_id}", {"user": user_id, "hospital": hospital_code},
              timeout=COOKIE_POLICY["max_age"])
    return session_id


@require_POST
def liaison_login(request: HttpRequest) -> HttpResponse:
    username = request.POST.get("username", "")
    password = request.POST.get("password", "")
    user = authenticate(request, username=username, password=password)
    if user is None or not user.is_active:
        return JsonResponse({"error": "invalid credentials"}, status=401)
    hospital_code = getattr(user, "hospital_code", "")
    if not hospital_code:
        return JsonResponse({"error": "account not linked to a hospital"}, status=403)
    response = JsonResponse({"hospital": hospital_code, "display_name": user.get_full_name()})
    response.set_cookie(SESSION_COOKIE_NAME, _new_session(user.pk, hospital_code), **COOKIE_POLICY)
    return response


@require_POST
def liaison_logout(request: HttpRequest) -> HttpResponse:
    session_id = request.COOKIES.get(SESSION_COOKIE_NAME)
    if session_id:
        cache.delete(f"liaison:{session_id}")
    response = JsonResponse({"ok": True})
    response.delete_cookie(SESSION_COOKIE_NAME, path="/", samesite="Strict")
    return response
