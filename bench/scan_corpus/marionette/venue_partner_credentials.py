"""Logins for venue programmers who confirm dates and tech riders in the partner portal."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Optional

import psycopg


@dataclass(frozen=True)
class KdfSettings:
    digest: str = "sha256"
    iterations: int = 720_000
    salt_bytes: int = 16


DEFAULT_KDF = KdfSettings()


def encode_password(password: str, settings: KdfSettings = DEFAULT_KDF) -> str:
    salt = os.urandom(settings.salt_bytes)
    derived = hashlib.pbkdf2_hmac(settings.digest, password.encode("utf-8"), salt, settings.iterations)
    return "pbkdf2_{}${}${}${}".format(
        settings.digest,
        settings.iterations,
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(derived).decode("ascii"),
    )


def password_matches(password: str, encoded: str) -> bool:
    scheme, iterations, salt_b64, derived_b64 = encoded.split("$")
    digest = scheme.removeprefix("pbkdf2_")
    candidate = hashlib.pbkdf2_hmac(
        digest, password.encode("utf-8"), base64.b64decode(salt_b64), int(iterations)
    )
    return hmac.compare_digest(candidate, base64.b64decode(derived_b64))


class VenuePartnerAccounts:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    def create(self, venue_id: int, email: str, password: str) -> None:
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "INSERT INTO venue_partner_users (venue_id, email, password) VALUES (%s, %s, %s)",
                (venue_id, email.lower(), encode_password(password)),
            )

    def authenticate(self, email: str, password: str) -> Optional[int]:
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "SELECT venue_id, password FROM venue_partner_users WHERE email = %s",
                (email.lower(),),
            ).fetchone()
        if row is None or not password_matches(password, row[1]):
            return None
        return row[0]
