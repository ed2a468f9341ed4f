"""API tokens for bands pulling their merch-pin sales and stock figures.

Tokens are HS256 JWTs minted by our own dashboard; the signing key is shared
only between the dashboard and this API.
"""
import os
from datetime import datetime, timedelta, timezone

import jwt
from fastapi import Depends, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

SIGNING_KEY = os.environ["MERCH_API_SIGNING_KEY"]
ISSUER = "https://dashboard.enamelworks.example"
AUDIENCE = "merch-api"
TOKEN_TTL = timedelta(hours=12)

bearer = HTTPBearer(auto_error=True)


def mint_token(band_id: int, scopes: list[str]) -> str:
    now = datetime.now(timezone.utc)
    claims = {
        "sub": f"band:{band_id}",
        "band_id": band_id,
        "scope": " ".join(scopes),
        "iss": ISSUER,
        "aud": AUDIENCE,
        "iat": now,
        "exp": now + TOKEN_TTL,
    }
    return jwt.encode(claims, SIGNING_KEY, algorithm="HS256")


def _decode(token: str) -> dict:
    return jwt.decode(token, SIGNING_KEY, algorithms=["HS256"],
                      audience=AUDIENCE, issuer=ISSUER,
                      options={"require": ["exp", "sub", "band_id"]})


def band_claims(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    try:
        return _decode(creds.credentials)
    except jwt.ExpiredSignatureError:
        raise HTTPException(status_code=401, detail="token expired")
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid token")


def require_scope(scope: str):
    def checker(claims: dict = Depends(band_claims)) -> dict:
        if scope not in claims.get("scope", "").split():
            raise HTTPException(status_code=403, detail=f"missing scope {scope}")
        return claims
    return checker
