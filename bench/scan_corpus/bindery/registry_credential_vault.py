"""Keeps ISBN agency and distributor API credentials encrypted in the ops database."""
from __future__ import annotations

import base64
import os
from typing import Callable

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

BLOCK_MODES: dict[str, Callable[[], modes.Mode]] = {
    "record": lambda: modes.ECB(),
    "stream": lambda: modes.CTR(os.urandom(16)),
}

VAULT_SETTINGS = {
    "key_env": "BINDERY_VAULT_KEY",
    "mode": "record",
}


class CredentialVault:
    """Encrypts short credential strings before they are written to the registry_sync table."""

    def __init__(self, settings: dict = VAULT_SETTINGS) -> None:
        self.key = base64.b64decode(os.environ[settings["key_env"]])
        self.mode_name = settings["mode"]

    def _cipher(self) -> Cipher:
        mode = BLOCK_MODES[self.mode_name]()
        return Cipher(algorithms.AES(self.key), mode)

    def seal(self, plaintext: str) -> str:
        padder = padding.PKCS7(128).padder()
        data = padder.update(plaintext.encode("utf-8")) + padder.finalize()
        encryptor = self._cipher().encryptor()
        return base64.b64encode(encryptor.update(data) + encryptor.finalize()).decode("ascii")

    def open(self, token: str) -> str:
        decryptor = self._cipher().decryptor()
        data = decryptor.update(base64.b64decode(token)) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")


def store_agency_login(conn, agency: str, username: str, password: str) -> None:
    vault = CredentialVault()
    conn.execute(
        "INSERT INTO registry_sync_credentials (agency, username, secret) VALUES (%s, %s, %s)",
        (agency, username, vault.seal(password)),
    )


def load_agency_login(conn, agency: str) -> tuple[str, str]:
    vault = CredentialVault()
    row = conn.execute(
        "SELECT username, secret FROM registry_sync_credentials WHERE agency = %s", (agency,)
    ).fetchone()
    return row[0], vault.open(row[1])
