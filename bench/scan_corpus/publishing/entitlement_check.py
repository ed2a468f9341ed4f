"""Verifies access tokens issued by the subscriptions service.

The subscriptions service rotates its signing keys; the current public
keys are published as a JWKS document and mirrored to disk by a cron job.
"""
import json
import os
from functools import lru_cache

import jwt
from fastapi import Header, HTTPException, status

ISSUER = os.environ["PAYWALL_ISSUER"]
AUDIENCE = os.environ.get("PAYWALL_AUDIENCE", "article-api")
JWKS_PATH = os.environ.get("PAYWALL_JWKS_PATH", "/etc/paywall/jwks.json")
ALLOWED_ALGS = ["RS256"]


@lru_cache(maxsize=1)
def _keys() -> dict[str, object]:
    with open(JWKS_PATH) as fh:
        jwks = json.load(fh)
    return {k["kid"]: jwt.PyJWK(k).key for k in jwks["keys"]}


def verify_token(token: str) -> dict:
    # the header only tells us which key to try; nothing in it is trusted
    header = jwt.get_unverified_header(token)
    key = _keys().get(header.get("kid", ""))
    if key is None:
        raise jwt.InvalidTokenError("unknown signing key")
    return jwt.decode(token, key, algorithms=ALLOWED_ALGS, audience=AUDIENCE, issuer=ISSUER)


def entitlements(authorization: str = Header(default="")) -> dict:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token")
    try:
        claims = verify_token(token)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    return {"subscriber_id": claims["sub"], "tier": claims.get("tier", "free")}
