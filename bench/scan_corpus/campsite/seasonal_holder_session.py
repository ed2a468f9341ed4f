"""Django views for seasonal pitch holders to sign in to their year-round account area."""
from __future__ import annotations

import secrets
from dataclasses import dataclass

from django.contrib.auth import authenticate
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST


@dataclass(frozen=True)
class HolderCookie:
    name: str = "seasonal_sid"
    max_age: int = 60 * 60 * 24 * 7
    path: str = "/seasonal/"
    secure: bool = True
    httponly: bool = True
    samesite: str = "Strict"

    def as_kwargs(self) -> dict:
        return {
            "max_age": self.max_age,
            "path": self.path,
            "secure": self.secure,
            "httponly": self.httponly,
            "samesite": self.samesite,
        }


HOLDER_COOKIE = HolderCookie()


@require_POST
def holder_login(request: HttpRequest) -> JsonResponse:
    user = authenticate(
        request,
        username=request.POST.get("email", "").strip().lower(),
        password=request.POST.get("password", ""),
    )
    if user is None or not hasattr(user, "seasonal_holder"):
        return JsonResponse({"error": "invalid credentials"}, status=401)

    sid = secrets.token_urlsafe(32)
    request.seasonal_sessions.create(sid, holder_id=user.seasonal_holder.id, ttl=HOLDER_COOKIE.max_age)
    response = JsonResponse({"pitch": user.seasonal_holder.pitch_number})
    response.set_cookie(HOLDER_COOKIE.name, sid, **HOLDER_COOKIE.as_kwargs())
    return response


@require_POST
def holder_logout(request: HttpRequest) -> JsonResponse:
    sid = request.COOKIES.get(HOLDER_COOKIE.name)
    if sid:
        request.seasonal_sessions.delete(sid)
    response = JsonResponse({"ok": True})
    response.delete_cookie(HOLDER_COOKIE.name, path=HOLDER_COOKIE.path, samesite=HOLDER_COOKIE.samesite)
    return response
