"""Sign-in with the national federation's member identity service.

Members can log in to the club website with their federation account. The
federation redirects back here with an authorisation code that we exchange
for an ID token describing the member.
"""
from __future__ import annotations

import os
import secrets

import jwt
import requests
from flask import Blueprint, abort, current_app, redirect, request, session, url_for

bp = Blueprint("federation_sso", __name__, url_prefix="/sso")


def _settings():
    cfg = current_app.config
    return cfg["FEDERATION_ISSUER"], cfg["FEDERATION_CLIENT_ID"], os.environ["FEDERATION_CLIENT_SECRET"]


@bp.get("/login")
def login():
    issuer, client_id, _ = _settings()
    state = secrets.token_urlsafe(32)
    session["sso_state"] = state
    params = {
        "response_type": "code",
        "client_id": client_id,
        "redirect_uri": url_for("federation_sso.callback", _external=True),
        "scope": "openid email membership",
        "state": state,
    }
    query = "&".join(f"{k}={requests.utils.quote(v)}" for k, v in params.items())
    return redirect(f"{issuer}/authorize?{query}")


def _exchange_code(code: str) -> dict:
    issuer, client_id, client_secret = _settings()
    resp = requests.post(
        f"{issuer}/token",
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": url_for("federation_sso.callback", _external=True),
        },
        auth=(client_id, client_secret),
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()


def _member_claims(id_token: str) -> dict:
    _, client_id, _ = _settings()
    claims = jwt.decode(id_token, options={"verify_signature": False}, audience=client_id)
    if "membership_no" not in claims:
        abort(403, "Federation account has no active membership")
    return claims


@bp.get("/callback")
def callback():
    expected_state = session.pop("sso_state", None)
    if not expected_state or not secrets.compare_digest(expected_state, request.args.get("state", "")):
        abort(400, "State mismatch")
    tokens = _exchange_code(request.args["code"])
    claims = _member_claims(tokens["id_token"])
    session.clear()
    session["member_no"] = claims["membership_no"]
    session["email"] = claims.get("email")
    return redirect(url_for("members.dashboard"))
