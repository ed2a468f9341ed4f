"""Encrypted store for supplier portal credentials.

We log in to several supplier portals (flooring, generators, portable toilets,
furniture) to place call-off orders. The passwords are kept in the operations
database encrypted with a key held in the environment.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes, hmac, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass(frozen=True)
class VaultSettings:
    key_env: str = "SUPPLIER_VAULT_KEY"
    mac_key_env: str = "SUPPLIER_VAULT_MAC_KEY"
    iv: bytes = b"mqh-supplier-iv0"


class SupplierCredentialVault:
    def __init__(self, settings: VaultSettings = VaultSettings()) -> None:
        self._settings = settings
        self._key = base64.b64decode(os.environ[settings.key_env])
        self._mac_key = base64.b64decode(os.environ[settings.mac_key_env])

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.CBC(self._settings.iv))

    def _tag(self, data: bytes) -> bytes:
        mac = hmac.HMAC(self._mac_key, hashes.SHA256())
        mac.update(data)
        return mac.finalize()

    def seal(self, password: str) -> str:
        padder = padding.PKCS7(128).padder()
        padded = padder.update(password.encode("utf-8")) + padder.finalize()
        encryptor = self._cipher().encryptor()
        body = encryptor.update(padded) + encryptor.finalize()
        return base64.b64encode(body + self._tag(body)).decode("ascii")

    def open(self, sealed: str) -> str:
        raw = base64.b64decode(sealed)
        body, tag = raw[:-32], raw[-32:]
        mac = hmac.HMAC(self._mac_key, hashes.SHA256())
        mac.update(body)
        mac.verify(tag)
        decryptor = self._cipher().decryptor()
        padded = decryptor.update(body) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(padded) + unpadder.finalize()).decode("utf-8")


class SupplierLogins:
    def __init__(self, conn, vault: SupplierCredentialVault) -> None:
        self._conn = conn
        self._vault = vault

    def store(self, supplier_code: str, username: str, password: str) -> None:
        with self._conn:
            self._conn.execute(
                "INSERT OR REPLACE INTO supplier_logins (supplier_code, username, secret)"
                " VALUES (?, ?, ?)",
                (supplier_code, username, self._vault.seal(password)),
            )

    def fetch(self, supplier_code: str) -> tuple[str, str]:
        row = self._conn.execute(
            "SELECT username, secret FROM supplier_logins WHERE supplier_code = ?",
            (supplier_code,),
        ).fetchone()
        if row is None:
            raise KeyError(supplier_code)
        return row[0], self._vault.open(row[1])
