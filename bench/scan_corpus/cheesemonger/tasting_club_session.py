"""Login sessions for the monthly cheese tasting club members' area."""
from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.contrib.auth import authenticate
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_POST

from club.models import ClubSession

SESSION_COOKIE = "club_sid"
SESSION_TTL = timedelta(days=14)
COOKIE_FLAGS = {
    "secure": True,
    "httponly": True,
    "samesite": "Lax",
    "path": "/club/",
}


def _fingerprint(sid: str) -> str:
    return hashlib.sha256(sid.encode("ascii")).hexdigest()


def open_session(member_id: int, response: HttpResponse) -> HttpResponse:
    sid = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + SESSION_TTL
    ClubSession.objects.create(
        member_id=member_id, sid_hash=_fingerprint(sid), expires_at=expires
    )
    response.set_cookie(
        SESSION_COOKIE,
        sid,
        max_age=int(SESSION_TTL.total_seconds()),
        domain=getattr(settings, "CLUB_COOKIE_DOMAIN", None),
        **COOKIE_FLAGS,
    )
    return response


@require_POST
def club_login(request: HttpRequest) -> HttpResponse:
    user = authenticate(
        request,
        username=request.POST.get("email", ""),
        password=request.POST.get("password", ""),
    )
    if user is None or not hasattr(user, "club_member"):
        return JsonResponse({"error": "invalid login"}, status=401)
    return open_session(user.club_member.id, JsonResponse({"ok": True}))


@require_POST
def club_logout(request: HttpRequest) -> HttpResponse:
    sid = request.COOKIES.get(SESSION_COOKIE)
    if sid:
        ClubSession.objects.filter(sid_hash=_fingerprint(sid)).delete()
    response = JsonResponse({"ok": True})
    response.delete_cookie(SESSION_COOKIE, path=COOKIE_FLAGS["path"], samesite="Lax")
    return response
