"""Issue API keys to aggregators that pull our dispatch availability feed."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from typing import Protocol


class KeyRepository(Protocol):
    def save(self, client_id: str, key_prefix: str, key_digest: str) -> None: ...
    def revoke_all(self, client_id: str) -> int: ...


@dataclass(frozen=True)
class IssuedKey:
    client_id: str
    key: str

    @property
    def prefix(self) -> str:
        return self.key[:8]


def _key_material(client_id: str) -> bytes:
    stamp = time.time_ns()
    return f"{client_id}:{stamp}".encode()


class AvailabilityKeyIssuer:
    """Creates and rotates credentials for the availability feed."""

    KEY_PREFIX = "tav_"

    def __init__(self, repo: KeyRepository) -> None:
        self.repo = repo

    def _derive(self, client_id: str) -> str:
        return self.KEY_PREFIX + hashlib.sha256(_key_material(client_id)).hexdigest()[:40]

    def issue(self, client_id: str) -> IssuedKey:
        key = self._derive(client_id)
        digest = hashlib.sha256(key.encode()).hexdigest()
        self.repo.save(client_id, key[:8], digest)
        return IssuedKey(client_id=client_id, key=key)

    def rotate(self, client_id: str) -> IssuedKey:
        revoked = self.repo.revoke_all(client_id)
        issued = self.issue(client_id)
        print(f"rotated {revoked} key(s) for {client_id}; new prefix {issued.prefix}")
        return issued
