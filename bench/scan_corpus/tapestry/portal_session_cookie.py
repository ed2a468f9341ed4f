"""Session cookie handling for the client portal's Django views."""

from __future__ import annotations

import secrets
from datetime import timedelta

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_POST

from portal.models import PortalSession

COOKIE_NAME = "tps_session"
SESSION_AGE = timedelta(hours=12)


def _cookie_kwargs() -> dict:
    return {
        "max_age": int(SESSION_AGE.total_seconds()),
        "secure": True,
        "httponly": True,
        "samesite": "Strict",
        "domain": getattr(settings, "PORTAL_COOKIE_DOMAIN", None),
        "path": "/portal/",
    }


def start_session(response: HttpResponse, client_id: int, user_agent: str) -> PortalSession:
    session = PortalSession.objects.create(
        key=secrets.token_urlsafe(32),
        client_id=client_id,
        user_agent=user_agent[:200],
        expires_at=timezone.now() + SESSION_AGE,
    )
    response.set_cookie(COOKIE_NAME, session.key, **_cookie_kwargs())
    return session


def session_for(request: HttpRequest) -> PortalSession | None:
    key = request.COOKIES.get(COOKIE_NAME)
    if not key:
        return None
    return PortalSession.objects.filter(key=key, expires_at__gt=timezone.now()).first()


@require_POST
def refresh(request: HttpRequest) -> HttpResponse:
    session = session_for(request)
    if session is None:
        return JsonResponse({"error": "not signed in"}, status=401)
    session.expires_at = timezone.now() + SESSION_AGE
    session.save(update_fields=["expires_at"])
    response = JsonResponse({"expires_at": session.expires_at.isoformat()})
    response.set_cookie(COOKIE_NAME, session.key, **_cookie_kwargs())
    return response


@require_POST
def sign_out(request: HttpRequest) -> HttpResponse:
    session = session_for(request)
    if session is not None:
        session.delete()
    response = JsonResponse({"ok": True})
    response.delete_cookie(COOKIE_NAME, path="/portal/", samesite="Strict")
    return response
