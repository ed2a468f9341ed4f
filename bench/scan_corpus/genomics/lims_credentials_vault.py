"""At-rest encryption for instrument and LIMS service credentials.

Credentials for instrument shares and partner LIMS accounts are stored in
the ``integration_credentials`` table encrypted with Fernet.  Several keys
may be configured (comma separated, newest first) to allow rotation.
"""
from __future__ import annotations

import os

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from sqlalchemy.orm import Session

from integrations.models import IntegrationCredential


class CredentialVault:
    def __init__(self, keys: list[bytes]):
        if not keys:
            raise ValueError("at least one vault key is required")
        self._fernet = MultiFernet([Fernet(k) for k in keys])

    @classmethod
    def from_env(cls) -> "CredentialVault":
        raw = os.environ["CREDENTIAL_VAULT_KEYS"]
        return cls([k.strip().encode("ascii") for k in raw.split(",") if k.strip()])

    def store(self, db: Session, integration: str, username: str, secret: str) -> None:
        row = db.get(IntegrationCredential, integration) or IntegrationCredential(name=integration)
        row.username = username
        row.secret_ciphertext = self._fernet.encrypt(secret.encode("utf-8"))
        db.add(row)
        db.commit()

    def load(self, db: Session, integration: str) -> tuple[str, str]:
        row = db.get(IntegrationCredential, integration)
        if row is None:
            raise KeyError(integration)
        try:
            secret = self._fernet.decrypt(row.secret_ciphertext).decode("utf-8")
        except InvalidToken as exc:
            raise RuntimeError(f"credential for {integration} cannot be decrypted") from exc
        return row.username, secret

    def rotate_all(self, db: Session) -> int:
        rows = db.query(IntegrationCredential).all()
        for row in rows:
            row.secret_ciphertext = self._fernet.rotate(row.secret_ciphertext)
        db.commit()
        return len(rows)
