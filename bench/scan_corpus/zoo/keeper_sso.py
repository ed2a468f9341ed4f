"""OAuth2 login for the keeper rota app against the park's Entra ID tenant."""

import logging
import os
import secrets
from urllib.parse import urlencode

import requests
from flask import Blueprint, abort, redirect, request, session, url_for

from rota.auth import establish_keeper_session

bp = Blueprint("keeper_sso", __name__)
log = logging.getLogger("rota.sso")

TENANT = os.environ["ROTA_SSO_TENANT"]
CLIENT_ID = os.environ["ROTA_SSO_CLIENT_ID"]
AUTHORITY = f"https://login.microsoftonline.com/{TENANT}/oauth2/v2.0"
SCOPES = "openid profile email offline_access"


def _client_secret() -> str:
    return os.environ["ROTA_SSO_CLIENT_SECRET"]


@bp.get("/login")
def login():
    state = secrets.token_urlsafe(24)
    session["oauth_state"] = state
    params = {
        "client_id": CLIENT_ID,
        "response_type": "code",
        "redirect_uri": url_for("keeper_sso.callback", _external=True),
        "scope": SCOPES,
        "state": state,
    }
    return redirect(f"{AUTHORITY}/authorize?{urlencode(params)}")


@bp.get("/callback")
def callback():
    expected = session.pop("oauth_state", None)
    if not expected or not secrets.compare_digest(expected, request.args.get("state", "")):
        abort(400)
    resp = requests.post(
        f"{AUTHORITY}/token",
        data={
            "client_id": CLIENT_ID,
            "client_secret": _client_secret(),
            "grant_type": "authorization_code",
            "code": request.args["code"],
            "redirect_uri": url_for("keeper_sso.callback", _external=True),
            "scope": SCOPES,
        },
        timeout=20,
    )
    resp.raise_for_status()
    tokens = resp.json()
    log.debug("token endpoint response for rota login: %s", tokens)
    establish_keeper_session(tokens)
    return redirect(url_for("rota.my_shifts"))
