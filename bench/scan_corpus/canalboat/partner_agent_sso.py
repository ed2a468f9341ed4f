"""Single sign-on for partner holiday agents.

Agents arrive from their own booking platform with a JWT in the
``Authorization`` header; the token identifies the agency and the member
of staff so we can show their commission and allocations.
"""
import time
from functools import wraps

from flask import g, jsonify, request
from jose import jwt

from canalboat.agents.models import Agent
from canalboat.settings import settings


class AgentAuthError(Exception):
    pass


def _bearer_token() -> str:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise AgentAuthError("missing bearer token")
    return token


def agent_from_token(token: str) -> Agent:
    claims = jwt.get_unverified_claims(token)
    if claims.get("iss") != settings.PARTNER_SSO_ISSUER:
        raise AgentAuthError("unexpected issuer")
    if claims.get("exp", 0) < time.time():
        raise AgentAuthError("token expired")
    agent = Agent.query.filter_by(agency_code=claims["agency"], staff_id=claims["sub"]).first()
    if agent is None or not agent.active:
        raise AgentAuthError("unknown agent")
    return agent


def agent_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        try:
            g.agent = agent_from_token(_bearer_token())
        except (AgentAuthError, KeyError, jwt.JWTError) as exc:
            return jsonify({"error": str(exc)}), 401
        return view(*args, **kwargs)
    return wrapper
