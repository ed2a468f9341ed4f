"""Verifies partner-issued JWTs for the affiliate dashboard.

Partners sign with keys published on their JWKS endpoint; we look up the key
by ``kid`` and verify signature, audience, issuer and expiry.
"""
import os

import jwt
from fastapi import Depends, FastAPI, HTTPException, Query
from jwt import PyJWKClient
from pydantic import BaseModel

from .reporting import commission_summary

app = FastAPI(title="Affiliate dashboard")

AUDIENCE = "affiliate-dashboard"
ISSUER = os.environ["PARTNER_SSO_ISSUER"]
_jwks = PyJWKClient(os.environ["PARTNER_SSO_JWKS_URL"], cache_keys=True)


class PartnerUser(BaseModel):
    partner_id: str
    email: str
    roles: list[str] = []


def partner_user(partner_token: str = Query(...)) -> PartnerUser:
    try:
        header = jwt.get_unverified_header(partner_token)
        if "kid" not in header:
            raise HTTPException(status_code=401, detail="token has no key id")
        signing_key = _jwks.get_signing_key(header["kid"])
        claims = jwt.decode(
            partner_token,
            signing_key.key,
            algorithms=["RS256", "ES256"],
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub", "pid"]},
        )
    except (jwt.InvalidTokenError, jwt.PyJWKClientError) as exc:
        raise HTTPException(status_code=401, detail="invalid partner token") from exc
    return PartnerUser(partner_id=claims["pid"], email=claims["sub"], roles=claims.get("roles", []))


@app.get("/affiliate/dashboard/summary")
def summary(month: str, user: PartnerUser = Depends(partner_user)) -> dict:
    if "reports:read" not in user.roles:
        raise HTTPException(status_code=403, detail="missing reports:read")
    return commission_summary(partner_id=user.partner_id, month=month)
