"""Bearer-token handling for the client portal API.

Client users sign in through the identity provider and call the portal API
with the resulting access token to list their sites, open job packs and
download inspection certificates.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import wraps

import jwt
from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)
app.config.from_prefixed_env("PORTAL")


@dataclass(frozen=True)
class PortalPrincipal:
    subject: str
    client_id: int
    roles: tuple[str, ...]


def _bearer_token() -> str:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        abort(401)
    return token


def principal_from_token(token: str) -> PortalPrincipal:
    claims = jwt.decode(token, options={"verify_signature": False}, algorithms=["RS256"])
    if claims.get("aud") != app.config.get("AUDIENCE", "client-portal"):
        raise jwt.InvalidAudienceError("unexpected audience")
    return PortalPrincipal(
        subject=claims["sub"],
        client_id=int(claims["client_id"]),
        roles=tuple(claims.get("roles", [])),
    )


def require_client(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        try:
            g.principal = principal_from_token(_bearer_token())
        except (jwt.PyJWTError, KeyError, ValueError):
            abort(401)
        return view(*args, **kwargs)

    return wrapper


@app.get("/api/sites")
@require_client
def list_sites():
    sites = app.extensions["site_repo"].for_client(g.principal.client_id)
    return jsonify([{"code": s.code, "name": s.name, "status": s.status} for s in sites])


@app.get("/api/sites/<site_code>/jobs")
@require_client
def list_jobs(site_code: str):
    site = app.extensions["site_repo"].get(site_code)
    if site is None or site.client_id != g.principal.client_id:
        abort(404)
    jobs = app.extensions["job_repo"].for_site(site.code)
    return jsonify([{"ref": j.ref, "title": j.title, "state": j.state} for j in jobs])
