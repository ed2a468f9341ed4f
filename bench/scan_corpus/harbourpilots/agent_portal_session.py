"""Login and session handling for the shipping agent portal (Django).

After a successful login the portal sets its own "remember device" cookie
in addition to Django's session cookie, so that agents are not asked for
a second factor on every visit from the same browser.
"""
from __future__ import annotations

import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import authenticate, login
from django.core import signing
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_POST

REMEMBER_COOKIE = "hp_agent_device"
REMEMBER_MAX_AGE = timedelta(days=30)
REMEMBER_SALT = "agent-portal.remember-device"


def _remember_value(user_id: int) -> str:
    return signing.dumps({"uid": user_id, "n": secrets.token_hex(8)}, salt=REMEMBER_SALT)


def is_remembered(request: HttpRequest, user_id: int) -> bool:
    raw = request.COOKIES.get(REMEMBER_COOKIE)
    if not raw:
        return False
    try:
        data = signing.loads(raw, salt=REMEMBER_SALT,
                             max_age=REMEMBER_MAX_AGE.total_seconds())
    except signing.BadSignature:
        return False
    return data.get("uid") == user_id


@require_POST
def agent_login(request: HttpRequest) -> HttpResponse:
    user = authenticate(
        request,
        username=request.POST.get("username", ""),
        password=request.POST.get("password", ""),
    )
    if user is None:
        return JsonResponse({"error": "invalid credentials"}, status=401)
    login(request, user)
    response = JsonResponse({"agent": user.get_username()})
    if request.POST.get("remember") == "1":
        response.set_cookie(
            REMEMBER_COOKIE,
            _remember_value(user.pk),
            max_age=int(REMEMBER_MAX_AGE.total_seconds()),
            secure=True,
            httponly=True,
            samesite="Lax",
            domain=getattr(settings, "AGENT_PORTAL_COOKIE_DOMAIN", None),
        )
    return response
