"""Single sign-on for nursery staff via the organisation's identity provider.

Staff sign in on the room tablets and the office PCs with their work account;
we exchange the authorisation code for tokens and map the user to a staff
record by email.
"""
import logging
import secrets
from urllib.parse import urlencode

import requests
from django.conf import settings
from django.contrib.auth import login
from django.http import HttpResponseBadRequest, HttpResponseForbidden
from django.shortcuts import redirect
from django.utils.crypto import constant_time_compare

from staff.models import StaffMember

logger = logging.getLogger("staff.sso")


def start(request):
    state = secrets.token_urlsafe(24)
    request.session["sso_state"] = state
    params = {
        "client_id": settings.SSO_CLIENT_ID,
        "response_type": "code",
        "redirect_uri": settings.SSO_REDIRECT_URI,
        "scope": "openid email profile",
        "state": state,
    }
    return redirect(f"{settings.SSO_AUTHORIZE_URL}?{urlencode(params)}")


def _exchange_code(code: str) -> dict:
    resp = requests.post(
        settings.SSO_TOKEN_URL,
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": settings.SSO_REDIRECT_URI,
            "client_id": settings.SSO_CLIENT_ID,
            "client_secret": settings.SSO_CLIENT_SECRET,
        },
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()


def callback(request):
    expected_state = request.session.pop("sso_state", "")
    if not expected_state or not constant_time_compare(expected_state, request.GET.get("state", "")):
        return HttpResponseBadRequest("state mismatch")

    tokens = _exchange_code(request.GET["code"])
    logger.info("sso exchange ok, access_token=%s expires_in=%s", tokens["access_token"], tokens.get("expires_in"))

    userinfo = requests.get(
        settings.SSO_USERINFO_URL,
        headers={"Authorization": f"Bearer {tokens['access_token']}"},
        timeout=10,
    ).json()
    email = userinfo.get("email", "").lower()
    staff = StaffMember.objects.filter(user__email__iexact=email, active=True).select_related("user").first()
    if staff is None:
        logger.warning("sso login refused for unknown email domain=%s", email.rpartition("@")[2])
        return HttpResponseForbidden("No active staff record for this account.")

    login(request, staff.user, backend="django.contrib.auth.backends.ModelBackend")
    request.session["site_code"] = staff.site_code
    return redirect("rota:my_week")
