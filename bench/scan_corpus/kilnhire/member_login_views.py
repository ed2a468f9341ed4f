"""Django views for member sign-in to the kilnhire booking site."""
from __future__ import annotations

import secrets
from datetime import timedelta

from django.contrib.auth import authenticate
from django.http import HttpRequest, JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_POST

from kilnhire.members.models import MemberToken

AUTH_COOKIE = "kh_auth"
PREF_COOKIE = "kh_kiln_view"
TOKEN_TTL = timedelta(days=7)


def _issue_token(user) -> str:
    raw = secrets.token_urlsafe(32)
    MemberToken.objects.create(
        user=user,
        token_hash=MemberToken.hash_token(raw),
        expires_at=timezone.now() + TOKEN_TTL,
    )
    return raw


@require_POST
def sign_in(request: HttpRequest) -> JsonResponse:
    email = request.POST.get("email", "").strip().lower()
    password = request.POST.get("password", "")
    user = authenticate(request, username=email, password=password)
    if user is None:
        return JsonResponse({"error": "invalid credentials"}, status=401)

    response = JsonResponse({"member": user.pk, "name": user.get_full_name()})
    response.set_cookie(
        AUTH_COOKIE,
        _issue_token(user),
        max_age=int(TOKEN_TTL.total_seconds()),
        secure=True,
        httponly=True,
        samesite="Lax",
    )
    response.set_cookie(
        PREF_COOKIE,
        request.POST.get("kiln_view", "calendar")[:16],
        max_age=365 * 24 * 3600,
        secure=True,
        samesite="Lax",
    )
    return response


@require_POST
def sign_out(request: HttpRequest) -> JsonResponse:
    raw = request.COOKIES.get(AUTH_COOKIE)
    if raw:
        MemberToken.objects.filter(token_hash=MemberToken.hash_token(raw)).delete()
    response = JsonResponse({"ok": True})
    response.delete_cookie(AUTH_COOKIE, samesite="Lax")
    return response
