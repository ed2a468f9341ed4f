"""Single sign-on for visiting instructors via the guild's identity provider."""
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jwt import PyJWKClient
from pydantic import BaseModel

IDP_ISSUER = "https://id.greenwoodguild.org"
JWKS_URL = IDP_ISSUER + "/.well-known/jwks.json"
AUDIENCE = "chairwright-courses"

bearer = HTTPBearer()


class Instructor(BaseModel):
    subject: str
    name: str
    email: str
    crafts: list[str] = []


@lru_cache(maxsize=1)
def jwks_client() -> PyJWKClient:
    return PyJWKClient(JWKS_URL, cache_keys=True, lifespan=3600)


def decode_id_token(token: str) -> dict:
    signing_key = jwks_client().get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=["RS256"],
        audience=AUDIENCE,
        issuer=IDP_ISSUER,
        options={"require": ["exp", "iat", "sub"]},
    )


def current_instructor(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> Instructor:
    try:
        claims = decode_id_token(creds.credentials)
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid token") from exc
    if "instructor" not in claims.get("roles", []):
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN)
    return Instructor(
        subject=claims["sub"],
        name=claims.get("name", ""),
        email=claims.get("email", ""),
        crafts=claims.get("crafts", []),
    )
