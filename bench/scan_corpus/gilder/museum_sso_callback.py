"""Single sign-on for museum staff coming from their institution's IdP.

Partner museums federate through OpenID Connect; after the redirect we read
the ID token and map the user onto the portal account of their institution.
"""
import hmac
import logging

import jwt
import requests
from flask import Blueprint, abort, redirect, request, session, url_for

from .accounts import find_or_create_sso_account
from .sso_config import IdpConfig, idp_for

bp = Blueprint("sso", __name__, url_prefix="/sso")
log = logging.getLogger(__name__)


def exchange_code(idp: IdpConfig, code: str) -> dict:
    resp = requests.post(
        idp.token_endpoint,
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": url_for("sso.callback", idp_slug=idp.slug, _external=True),
            "client_id": idp.client_id,
            "client_secret": idp.client_secret,
        },
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()


def read_identity(id_token: str, idp: IdpConfig) -> dict:
    claims = jwt.decode(id_token, options={"verify_signature": False})
    if claims.get("iss") != idp.issuer or claims.get("aud") != idp.client_id:
        raise jwt.InvalidTokenError("token not issued for this portal")
    return claims


@bp.get("/<idp_slug>/callback")
def callback(idp_slug: str):
    idp = idp_for(idp_slug)
    expected_state = session.pop("sso_state", "")
    if idp is None or not expected_state or not hmac.compare_digest(
            request.args.get("state", ""), expected_state):
        abort(400)
    tokens = exchange_code(idp, request.args["code"])
    try:
        claims = read_identity(tokens["id_token"], idp)
    except jwt.InvalidTokenError:
        log.warning("rejected id token from %s", idp_slug)
        abort(401)
    account = find_or_create_sso_account(
        institution=idp.institution, email=claims["email"], name=claims.get("name", ""))
    session.clear()
    session["account_id"] = account.id
    return redirect(url_for("portal.dashboard"))
