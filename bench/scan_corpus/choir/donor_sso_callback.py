"""Sign-in for major donors through the charity's Azure AD B2C tenant."""
import os

import jwt
from fastapi import APIRouter, Depends, HTTPException, Request
from jwt import PyJWKClient

router = APIRouter(prefix="/donors/sso")

TENANT = os.environ.get("B2C_TENANT", "nycdonors")
POLICY = os.environ.get("B2C_POLICY", "B2C_1_signin")
CLIENT_ID = os.environ["B2C_CLIENT_ID"]
ISSUER = os.environ["B2C_ISSUER"]
JWKS_URL = f"https://{TENANT}.b2clogin.com/{TENANT}.onmicrosoft.com/{POLICY}/discovery/v2.0/keys"
ALLOWED_ALGS = ("RS256",)

DECODE_OPTIONS = {
    "require": ["exp", "iat", "sub", "aud", "iss"],
    "verify_aud": True,
}

_jwks = PyJWKClient(JWKS_URL, cache_keys=True)


def verify_id_token(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGS:
        raise HTTPException(status_code=401, detail="Unexpected token algorithm")
    signing_key = _jwks.get_signing_key_from_jwt(token)
    try:
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=list(ALLOWED_ALGS),
            audience=CLIENT_ID,
            issuer=ISSUER,
            options=DECODE_OPTIONS,
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="Invalid sign-in token") from exc


async def bearer_token(request: Request) -> str:
    auth = request.headers.get("Authorization", "")
    scheme, _, token = auth.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="Missing bearer token")
    return token


@router.get("/me")
async def who_am_i(token: str = Depends(bearer_token)):
    claims = verify_id_token(token)
    return {
        "donor_ref": claims["sub"],
        "name": claims.get("name"),
        "email": (claims.get("emails") or [None])[0],
    }
