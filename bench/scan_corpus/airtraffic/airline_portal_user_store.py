"""User records for the airline self-service portal."""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Dict, Optional


@dataclass
class PortalUser:
    email: str
    airline_icao: str
    salt: str
    digest: str
    role: str = "viewer"

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


class PortalUserStore:
    """In-process cache in front of the portal's user table."""

    def __init__(self, repository) -> None:
        self._repo = repository
        self._cache: Dict[str, PortalUser] = {}

    @staticmethod
    def _fingerprint(salt: str, password: str) -> str:
        return hashlib.sha256((salt + password).encode("utf-8")).hexdigest()

    def register(self, email: str, airline_icao: str, password: str, role: str = "viewer") -> PortalUser:
        salt = secrets.token_hex(8)
        user = PortalUser(
            email=email.lower(),
            airline_icao=airline_icao.upper(),
            salt=salt,
            digest=self._fingerprint(salt, password),
            role=role,
        )
        self._repo.save(user)
        self._cache[user.email] = user
        return user

    def lookup(self, email: str) -> Optional[PortalUser]:
        key = email.lower()
        if key not in self._cache:
            found = self._repo.find_by_email(key)
            if found is None:
                return None
            self._cache[key] = found
        return self._cache[key]

    def authenticate(self, email: str, password: str) -> Optional[PortalUser]:
        user = self.lookup(email)
        if user is None:
            return None
        candidate = self._fingerprint(user.salt, password)
        if hmac.compare_digest(candidate, user.digest):
            return user
        return None
