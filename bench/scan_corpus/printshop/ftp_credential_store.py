"""Encrypted storage for trade customers' artwork FTP passwords.

Format of ``password_enc``: base64(nonce || tag || ciphertext).
"""
import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes


class CredentialStore:
    KEY_ENV = "PRINTSHOP_VAULT_KEY"
    NONCE_LEN = 12
    TAG_LEN = 16

    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("vault key must be 256 bits")
        self._key = key

    @classmethod
    def from_env(cls) -> "CredentialStore":
        return cls(base64.b64decode(os.environ[cls.KEY_ENV]))

    def seal(self, plaintext: str, context: str) -> str:
        nonce = get_random_bytes(self.NONCE_LEN)
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=nonce, mac_len=self.TAG_LEN)
        cipher.update(context.encode("utf-8"))
        ciphertext, tag = cipher.encrypt_and_digest(plaintext.encode("utf-8"))
        return base64.b64encode(nonce + tag + ciphertext).decode("ascii")

    def open(self, sealed: str, context: str) -> str:
        raw = base64.b64decode(sealed)
        nonce, tag = raw[: self.NONCE_LEN], raw[self.NONCE_LEN : self.NONCE_LEN + self.TAG_LEN]
        ciphertext = raw[self.NONCE_LEN + self.TAG_LEN :]
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=nonce, mac_len=self.TAG_LEN)
        cipher.update(context.encode("utf-8"))
        return cipher.decrypt_and_verify(ciphertext, tag).decode("utf-8")


def store_ftp_source(db, customer_id: int, host: str, username: str, password: str) -> None:
    store = CredentialStore.from_env()
    db.execute(
        "INSERT INTO trade_ftp_sources (customer_id, host, username, password_enc) "
        "VALUES (%s, %s, %s, %s)",
        (customer_id, host, username, store.seal(password, f"ftp:{customer_id}:{host}")),
    )
