"""Token checks for the marshals' flag app.

Marshals on the track carry tablets that show flag signals and let them
report incidents. The tablets authenticate with short-lived RS256 tokens
issued by race control; the incident API verifies them here.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()

TOKEN_ALGORITHMS = ["RS256"]
TOKEN_AUDIENCE = "marshal-incidents"
TOKEN_ISSUER = "race-control"


@dataclass
class MarshalIdentity:
    marshal_id: str
    post: int


@lru_cache(maxsize=1)
def _public_key() -> str:
    with open(os.environ["RACE_CONTROL_PUBLIC_KEY_PATH"], encoding="ascii") as fh:
        return fh.read()


def verify_marshal_token(token: str) -> MarshalIdentity:
    claims = jwt.decode(
        token,
        _public_key(),
        algorithms=TOKEN_ALGORITHMS,
        audience=TOKEN_AUDIENCE,
        issuer=TOKEN_ISSUER,
        options={"require": ["exp", "sub", "aud", "iss"]},
    )
    return MarshalIdentity(marshal_id=claims["sub"], post=int(claims.get("post", 0)))


def current_marshal(authorization: str = Header(default="")) -> MarshalIdentity:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="missing token")
    try:
        return verify_marshal_token(token)
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="invalid token") from exc


@app.post("/incidents")
def report_incident(payload: dict, marshal: MarshalIdentity = Depends(current_marshal)) -> dict:
    kart = int(payload.get("kart", 0))
    kind = str(payload.get("kind", "other"))[:32]
    if kart <= 0:
        raise HTTPException(status_code=422, detail="kart number required")
    from .incidents import record_incident

    incident_id = record_incident(marshal.marshal_id, marshal.post, kart, kind)
    return {"incident_id": incident_id, "post": marshal.post}
