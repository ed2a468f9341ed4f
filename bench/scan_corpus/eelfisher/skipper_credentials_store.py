"""Credential storage for skippers using the catch-return mobile app.

Skippers submit their daily eel catch (fyke net counts, glass eel weight)
from the boat. The app authenticates against this service, which keeps one
credential row per skipper licence number.
"""

import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HashingProfile:
    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 4


def build_hasher(profile: HashingProfile = HashingProfile()) -> PasswordHasher:
    return PasswordHasher(
        time_cost=profile.time_cost,
        memory_cost=profile.memory_cost,
        parallelism=profile.parallelism,
    )


class SkipperCredentials:
    def __init__(self, engine: Engine, hasher: PasswordHasher | None = None):
        self.engine = engine
        self.hasher = hasher or build_hasher()

    def enrol(self, licence_no: str, password: str) -> None:
        encoded = self.hasher.hash(password)
        with self.engine.begin() as conn:
            conn.execute(
                text("INSERT INTO skipper_credentials (licence_no, secret_hash) VALUES (:l, :h)"),
                {"l": licence_no, "h": encoded},
            )
        log.info("enrolled skipper licence %s", licence_no)

    def check(self, licence_no: str, password: str) -> bool:
        with self.engine.begin() as conn:
            stored = conn.execute(
                text("SELECT secret_hash FROM skipper_credentials WHERE licence_no = :l"),
                {"l": licence_no},
            ).scalar_one_or_none()
            if stored is None:
                return False
            try:
                self.hasher.verify(stored, password)
            except (VerifyMismatchError, InvalidHashError):
                return False
            if self.hasher.check_needs_rehash(stored):
                conn.execute(
                    text("UPDATE skipper_credentials SET secret_hash = :h WHERE licence_no = :l"),
                    {"h": self.hasher.hash(password), "l": licence_no},
                )
        return True
