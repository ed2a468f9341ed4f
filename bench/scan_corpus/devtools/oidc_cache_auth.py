"""Authorisation for the build cache using CI-issued OIDC tokens.

CI jobs present the ID token their platform mints for them; the
``project_path`` and ``ref`` claims decide which cache namespace a job may
read and whether it may write to it.
"""
import time
from dataclasses import dataclass

from fastapi import Header, HTTPException, status
from jose import jwt
from jose.exceptions import JWTError

from .config import settings

PROTECTED_REFS = ("main", "master")
PROTECTED_REF_PREFIXES = ("release/",)


@dataclass(frozen=True)
class CachePrincipal:
    project: str
    ref: str
    can_write: bool

    @property
    def namespace(self) -> str:
        return self.project.replace("/", "__")


def _unauthorized(detail: str) -> HTTPException:
    return HTTPException(
        status.HTTP_401_UNAUTHORIZED, detail, headers={"WWW-Authenticate": "Bearer"}
    )


def _read_claims(token: str) -> dict:
    try:
        claims = jwt.get_unverified_claims(token)
    except JWTError as exc:
        raise _unauthorized("malformed token") from exc
    if claims.get("iss") != settings.oidc_issuer:
        raise _unauthorized("unexpected issuer")
    aud = claims.get("aud")
    audiences = aud if isinstance(aud, list) else [aud]
    if settings.oidc_audience not in audiences:
        raise _unauthorized("token not issued for the build cache")
    if claims.get("exp", 0) < time.time():
        raise _unauthorized("token expired")
    return claims


def current_principal(authorization: str = Header(...)) -> CachePrincipal:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise _unauthorized("bearer token required")
    claims = _read_claims(token)
    ref = claims.get("ref", "")
    protected = claims.get("ref_protected") == "true" or ref in PROTECTED_REFS
    return CachePrincipal(
        project=claims["project_path"],
        ref=ref,
        can_write=protected or ref.startswith(PROTECTED_REF_PREFIXES),
    )
