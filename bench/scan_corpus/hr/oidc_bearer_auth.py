"""FastAPI dependencies that authenticate API callers with the IdP-issued access token."""
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


@lru_cache
def jwks_client(jwks_url: str) -> jwt.PyJWKClient:
    return jwt.PyJWKClient(jwks_url, cache_keys=True, lifespan=3600)


DECODE_OPTIONS = {"require": ["exp", "iat", "iss", "aud", "sub"]}


def current_claims(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
    cfg: IdPSettings = Depends(idp_settings),
) -> dict:
    try:
        signing_key = jwks_client(cfg.jwks_url).get_signing_key_from_jwt(creds.credentials)
        return jwt.decode(
            creds.credentials,
            signing_key.key,
            algorithms=["RS256"],
            audience=cfg.audience,
            issuer=cfg.issuer,
            options=DECODE_OPTIONS,
        )
    except (jwt.InvalidTokenError, jwt.PyJWKClientError) as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


def require_role(role: str):
    def checker(claims: dict = Depends(current_claims)) -> dict:
        if role not in claims.get("roles", []):
            raise HTTPException(status.HTTP_403_FORBIDDEN, "missing role")
        return claims

    return checker
