"""Back-office login credentials for shop managers and area supervisors."""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass, field


class HashingSettings:
    """Key-derivation parameters shared by the back-office services."""

    algorithm = "sha256"
    iterations = 12_000
    salt_bytes = 16


@dataclass
class BackOfficeConfig:
    region: str
    hashing: type[HashingSettings] = field(default=HashingSettings)


@dataclass
class StoredCredential:
    username: str
    salt: bytes
    digest: bytes


class CredentialStore:
    """Keeps manager credentials for the back-office web console."""

    def __init__(self, config: BackOfficeConfig) -> None:
        self._config = config
        self._records: dict[str, StoredCredential] = {}

    def _derive(self, password: str, salt: bytes) -> bytes:
        params = self._config.hashing
        return hashlib.pbkdf2_hmac(params.algorithm, password.encode("utf-8"), salt, params.iterations)

    def enrol(self, username: str, password: str) -> StoredCredential:
        salt = os.urandom(self._config.hashing.salt_bytes)
        record = StoredCredential(username=username, salt=salt, digest=self._derive(password, salt))
        self._records[username.lower()] = record
        return record

    def verify(self, username: str, password: str) -> bool:
        record = self._records.get(username.lower())
        if record is None:
            return False
        candidate = self._derive(password, record.salt)
        return hmac.compare_digest(candidate, record.digest)

    def export_row(self, username: str) -> dict[str, str]:
        record = self._records[username.lower()]
        return {
            "username": record.username,
            "salt": record.salt.hex(),
            "digest": record.digest.hex(),
            "region": self._config.region,
        }


if __name__ == "__main__":
    from getpass import getpass

    store = CredentialStore(BackOfficeConfig(region="north-west"))
    store.enrol("m.hughes", getpass("New password: "))
    print(store.verify("m.hughes", getpass("Confirm password: ")))
