"""Password storage for player self-service accounts.

Players register once per season through the club website; the account
lets them update contact details, sign the medical consent form and see
their fixture availability.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16
    key_length: int = 32


DEFAULT_SETTINGS = HashSettings()


class PlayerPasswordStore:
    """Encodes and checks player passwords in a ``pbkdf2_<alg>$n$salt$hash`` format."""

    def __init__(self, settings: HashSettings = DEFAULT_SETTINGS) -> None:
        self._settings = settings

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.algorithm,
            password.encode("utf-8"),
            salt,
            iterations,
            dklen=self._settings.key_length,
        )

    def hash(self, password: str) -> str:
        salt = os.urandom(self._settings.salt_bytes)
        digest = self._derive(password, salt, self._settings.iterations)
        return "pbkdf2_{}${}${}${}".format(
            self._settings.algorithm,
            self._settings.iterations,
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        )

    def verify(self, password: str, encoded: str) -> bool:
        try:
            scheme, iterations, salt_b64, digest_b64 = encoded.split("$")
        except ValueError:
            return False
        if scheme != f"pbkdf2_{self._settings.algorithm}":
            return False
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(digest_b64)
        candidate = self._derive(password, salt, int(iterations))
        return hmac.compare_digest(candidate, expected)

    def needs_rehash(self, encoded: str) -> bool:
        parts = encoded.split("$")
        return len(parts) != 4 or int(parts[1]) < self._settings.iterations


def register_player(conn, email: str, full_name: str, password: str) -> int:
    """Insert a new player account and return its id."""
    store = PlayerPasswordStore()
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO player_accounts (email, full_name, password_hash) "
            "VALUES (%s, %s, %s) RETURNING id",
            (email.strip().lower(), full_name.strip(), store.hash(password)),
        )
        player_id = cur.fetchone()[0]
    conn.commit()
    return player_id
