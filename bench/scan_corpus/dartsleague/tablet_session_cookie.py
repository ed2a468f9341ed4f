"""Django views that start and end a scoring session on a venue tablet.

The tablet's browser shell signs in with the venue code and a 6-digit PIN set
by the venue's league rep; the session id then lives in a cookie.
"""
from __future__ import annotations

import secrets
from datetime import timedelta

from django.contrib.auth.hashers import check_password
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_POST

from venues.models import Venue

TABLET_COOKIE = "dl_tablet"
TABLET_SESSION_TTL = timedelta(hours=6)


def _cache_key(session_id: str) -> str:
    return f"tablet-session:{session_id}"


@require_POST
def tablet_sign_in(request: HttpRequest) -> HttpResponse:
    venue_code = request.POST.get("venue", "").strip().upper()
    pin = request.POST.get("pin", "")
    venue = Venue.objects.filter(code=venue_code, active=True).first()
    if venue is None or not check_password(pin, venue.tablet_pin_hash):
        return JsonResponse({"error": "invalid venue or PIN"}, status=401)

    session_id = secrets.token_urlsafe(32)
    cache.set(_cache_key(session_id), venue.pk, timeout=int(TABLET_SESSION_TTL.total_seconds()))

    response = JsonResponse({"venue": venue.name})
    response.set_cookie(
        TABLET_COOKIE,
        session_id,
        max_age=int(TABLET_SESSION_TTL.total_seconds()),
        secure=True,
        httponly=True,
        samesite="Strict",
    )
    return response


@require_POST
def tablet_sign_out(request: HttpRequest) -> HttpResponse:
    session_id = request.COOKIES.get(TABLET_COOKIE)
    if session_id:
        cache.delete(_cache_key(session_id))
    response = HttpResponse(status=204)
    response.delete_cookie(TABLET_COOKIE, samesite="Strict")
    return response


def tablet_venue_id(request: HttpRequest) -> int | None:
    session_id = request.COOKIES.get(TABLET_COOKIE)
    if not session_id:
        return None
    return cache.get(_cache_key(session_id))
