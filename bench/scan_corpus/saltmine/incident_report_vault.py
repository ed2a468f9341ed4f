"""Encrypts confidential witness statements attached to safety incident reports."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from typing import Callable

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


@dataclass(frozen=True)
class VaultConfig:
    key_env: str = "HSE_VAULT_KEY"
    nonce_source: Callable[[int], bytes] = os.urandom


class StatementVault:
    """Seals statements so only the HSE manager and investigators can read them."""

    def __init__(self, config: VaultConfig = VaultConfig()) -> None:
        self.config = config
        self._aead = AESGCM(base64.b64decode(os.environ[config.key_env]))

    def _fresh_nonce(self) -> bytes:
        return self.config.nonce_source(NONCE_BYTES)

    def seal(self, incident_ref: str, statement: str) -> str:
        nonce = self._fresh_nonce()
        ct = self._aead.encrypt(nonce, statement.encode("utf-8"), incident_ref.encode())
        return base64.urlsafe_b64encode(nonce + ct).decode()

    def unseal(self, incident_ref: str, token: str) -> str:
        raw = base64.urlsafe_b64decode(token)
        nonce, ct = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        return self._aead.decrypt(nonce, ct, incident_ref.encode()).decode("utf-8")


def rotate(old: StatementVault, new: StatementVault, incident_ref: str, token: str) -> str:
    return new.seal(incident_ref, old.unseal(incident_ref, token))


if __name__ == "__main__":
    os.environ.setdefault("HSE_VAULT_KEY", base64.b64encode(AESGCM.generate_key(256)).decode())
    vault = StatementVault()
    sealed = vault.seal("INC-2024-0193", "Loader operator reported roof spall near panel 14.")
    print(vault.unseal("INC-2024-0193", sealed))
