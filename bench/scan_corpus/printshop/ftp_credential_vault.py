"""Encrypted storage for trade customers' artwork FTP credentials.

Some resellers drop print-ready files on their own FTP servers and we pull
them on a schedule, so their login details are kept in ``trade_ftp_sources``.
"""
import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad


class CredentialVault:
    KEY_ENV = "PRINTSHOP_VAULT_KEY"

    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("vault key must be 128, 192 or 256 bits")
        self._key = key

    @classmethod
    def from_env(cls) -> "CredentialVault":
        return cls(base64.b64decode(os.environ[cls.KEY_ENV]))

    def _cipher(self):
        return _AES.new(self._key, _AES.MODE_ECB)

    def seal(self, plaintext: str) -> str:
        data = pad(plaintext.encode("utf-8"), _AES.block_size)
        return base64.b64encode(self._cipher().encrypt(data)).decode("ascii")

    def open(self, sealed: str) -> str:
        data = self._cipher().decrypt(base64.b64decode(sealed))
        return unpad(data, _AES.block_size).decode("utf-8")


def store_ftp_source(db, customer_id: int, host: str, username: str, password: str) -> None:
    vault = CredentialVault.from_env()
    db.execute(
        "INSERT INTO trade_ftp_sources (customer_id, host, username, password_enc) "
        "VALUES (%s, %s, %s, %s)",
        (customer_id, host, username, vault.seal(password)),
    )
