"""Django views completing the staff single sign-on flow for the clinic back office."""
from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, HttpResponseRedirect

from .oidc import OidcClient
from .sessions import StaffSessionStore


@dataclass
class StaffCookieSettings:
    name: str = "clinic_staff_sid"
    max_age: int = 60 * 60 * 10
    secure: bool = True
    httponly: bool = True
    samesite: str = "Strict"


COOKIE = StaffCookieSettings()


def sso_callback(request: HttpRequest) -> HttpResponse:
    expected_state = request.session.pop("sso_state", "")
    state = request.GET.get("state", "")
    if not expected_state or not hmac.compare_digest(expected_state, state):
        return HttpResponseBadRequest("state mismatch")

    client = OidcClient.from_settings(settings.STAFF_SSO)
    identity = client.exchange_code(request.GET.get("code", ""))
    sid = secrets.token_urlsafe(32)
    StaffSessionStore().create(sid, staff_email=identity.email, roles=identity.roles)

    response = HttpResponseRedirect("/backoffice/")
    response.set_cookie(
        COOKIE.name,
        sid,
        max_age=COOKIE.max_age,
        secure=COOKIE.secure,
        httponly=COOKIE.httponly,
        samesite=COOKIE.samesite,
    )
    return response
