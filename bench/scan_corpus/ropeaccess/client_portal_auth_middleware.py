"""FastAPI dependency that authenticates client-portal API calls.

Access tokens are issued by the identity provider and signed with RS256; the
signing keys are fetched from the provider's JWKS endpoint and cached.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

ISSUER = os.environ.get("PORTAL_TOKEN_ISSUER", "https://id.ropeaccess.example/")
AUDIENCE = os.environ.get("PORTAL_TOKEN_AUDIENCE", "client-portal")
_jwks = jwt.PyJWKClient(f"{ISSUER.rstrip('/')}/.well-known/jwks.json", cache_keys=True)
_bearer = HTTPBearer(auto_error=True)

app = FastAPI(title="Rope access client portal API")


@dataclass(frozen=True)
class ClientUser:
    subject: str
    client_id: int
    roles: frozenset[str]


def decode_access_token(token: str) -> dict:
    signing_key = _jwks.get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=["RS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "iat", "sub"]},
    )


def current_client(creds: HTTPAuthorizationCredentials = Depends(_bearer)) -> ClientUser:
    try:
        claims = decode_access_token(creds.credentials)
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    return ClientUser(
        subject=claims["sub"],
        client_id=int(claims["client_id"]),
        roles=frozenset(claims.get("roles", [])),
    )


@app.get("/api/certificates/expiring")
def expiring_certificates(days: int = 30, user: ClientUser = Depends(current_client)):
    repo = app.state.cert_repo
    return [
        {"technician": c.technician_name, "scheme": c.scheme, "expires_on": c.expires_on}
        for c in repo.expiring_for_client(user.client_id, days)
    ]
