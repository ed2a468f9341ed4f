"""Django view that completes the SSO callback for grower staff.

The identity service returns a short-lived access token which we store in a
cookie scoped to the grower console.
"""
from __future__ import annotations

import os
import secrets

import requests
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect

CONSOLE_COOKIE = "gh_console"
COOKIE_SETTINGS = {
    "max_age": 8 * 3600,
    "secure": True,
    "httponly": True,
    "samesite": "Strict",
    "path": "/console/",
}


def _token_endpoint() -> str:
    return os.environ["SSO_TOKEN_ENDPOINT"]


def _redeem(code: str, redirect_uri: str) -> dict:
    resp = requests.post(
        _token_endpoint(),
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": redirect_uri,
            "client_id": os.environ["SSO_CLIENT_ID"],
            "client_secret": os.environ["SSO_CLIENT_SECRET"],
        },
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()


def sso_callback(request: HttpRequest) -> HttpResponse:
    code = request.GET.get("code")
    expected_state = request.session.pop("sso_state", None)
    state = request.GET.get("state", "")
    if not code or expected_state is None or not secrets.compare_digest(state, expected_state):
        return HttpResponseBadRequest("invalid callback")
    tokens = _redeem(code, request.build_absolute_uri(request.path))
    response = redirect("/console/")
    response.set_cookie(CONSOLE_COOKIE, tokens["access_token"], **COOKIE_SETTINGS)
    return response
