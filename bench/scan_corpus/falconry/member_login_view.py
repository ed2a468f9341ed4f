"""Login and logout views for the supporters' membership portal (Django)."""
from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import authenticate
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_POST

from .sessions import create_member_session, revoke_member_session

SESSION_COOKIE = "mews_member"
SESSION_TTL = timedelta(days=14)


def _set_session_cookie(response: HttpResponse, token: str) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=int(SESSION_TTL.total_seconds()),
        secure=True,
        httponly=True,
        samesite="Lax",
        domain=getattr(settings, "MEMBER_COOKIE_DOMAIN", None),
    )


@require_POST
def member_login(request: HttpRequest) -> HttpResponse:
    email = request.POST.get("email", "").strip().lower()
    password = request.POST.get("password", "")
    user = authenticate(request, username=email, password=password)
    if user is None or not user.is_active:
        return JsonResponse({"error": "invalid email or password"}, status=401)

    token = create_member_session(user, ttl=SESSION_TTL,
                                  user_agent=request.META.get("HTTP_USER_AGENT", ""))
    response = JsonResponse({
        "member": user.get_full_name() or email,
        "tier": getattr(user, "membership_tier", "friend"),
    })
    _set_session_cookie(response, token)
    return response


@require_POST
def member_logout(request: HttpRequest) -> HttpResponse:
    token = request.COOKIES.get(SESSION_COOKIE)
    if token:
        revoke_member_session(token)
    response = JsonResponse({"ok": True})
    response.delete_cookie(SESSION_COOKIE, samesite="Lax",
                           domain=getattr(settings, "MEMBER_COOKIE_DOMAIN", None))
    return response
