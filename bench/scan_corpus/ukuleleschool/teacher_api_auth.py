"""Verifies access tokens issued by the identity provider for the teacher dashboard API."""
import os
from functools import lru_cache
from typing import Optional

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException, status
from jwt import PyJWKClient

app = FastAPI(title="teacher-dashboard")

ISSUER = os.environ.get("IDP_ISSUER", "https://login.strumstreet.example/")
AUDIENCE = "teacher-dashboard"
ALLOWED_ALGORITHMS = ["RS256"]


@lru_cache(maxsize=1)
def jwks_client() -> PyJWKClient:
    return PyJWKClient(f"{ISSUER.rstrip('/')}/.well-known/jwks.json", cache_keys=True)


def verify_token(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGORITHMS:
        raise jwt.InvalidAlgorithmError("unexpected algorithm")
    signing_key = jwks_client().get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=ALLOWED_ALGORITHMS,
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "iat", "sub"]},
    )


def current_teacher(authorization: Optional[str] = Header(default=None)) -> dict:
    if not authorization or not authorization.startswith("Bearer "):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing token")
    try:
        claims = verify_token(authorization[len("Bearer "):])
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    if "teacher" not in claims.get("roles", []):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "teachers only")
    return claims


@app.get("/dashboard/summary")
def summary(teacher: dict = Depends(current_teacher)):
    return {"teacher": teacher["sub"], "name": teacher.get("name", ""), "roles": teacher["roles"]}
