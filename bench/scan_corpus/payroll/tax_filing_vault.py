"""At-rest protection for year-end tax filings waiting in the outbound queue."""
import os
from base64 import b64decode, b64encode

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

VAULT_VERSION = 3
NONCE_SIZE = 12


class FilingVault:
    def __init__(self, key: bytes | None = None):
        self._key = key or bytes.fromhex(os.environ["FILING_VAULT_KEY"])
        if len(self._key) != 32:
            raise ValueError("vault key must be 256 bits")

    def seal(self, filing_id: str, document: bytes) -> dict:
        nonce = get_random_bytes(NONCE_SIZE)
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=nonce)
        cipher.update(filing_id.encode("utf-8"))
        body, tag = cipher.encrypt_and_digest(document)
        return {
            "v": VAULT_VERSION,
            "nonce": b64encode(nonce).decode("ascii"),
            "body": b64encode(body).decode("ascii"),
            "tag": b64encode(tag).decode("ascii"),
        }

    def open(self, filing_id: str, sealed: dict) -> bytes:
        if sealed.get("v") != VAULT_VERSION:
            raise ValueError("unsupported vault version")
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=b64decode(sealed["nonce"]))
        cipher.update(filing_id.encode("utf-8"))
        return cipher.decrypt_and_verify(b64decode(sealed["body"]), b64decode(sealed["tag"]))
