"""Field-level encryption for creator payout destinations (IBAN, account no.)."""
import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

KEY_ENV = "PAYOUT_VAULT_KEY"
NONCE_BYTES = 12
TAG_BYTES = 16
VERSION = b"\x01"


def _load_key() -> bytes:
    raw = base64.b64decode(os.environ[KEY_ENV])
    if len(raw) != 32:
        raise RuntimeError(f"{KEY_ENV} must decode to 32 bytes")
    return raw


class BankDetailsCipher:
    def __init__(self, key: bytes | None = None):
        self._key = key or _load_key()

    def seal(self, account_number: str, creator_id: int) -> str:
        nonce = get_random_bytes(NONCE_BYTES)
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=nonce, mac_len=TAG_BYTES)
        cipher.update(str(creator_id).encode())
        ciphertext, tag = cipher.encrypt_and_digest(account_number.encode("utf-8"))
        return base64.urlsafe_b64encode(VERSION + nonce + tag + ciphertext).decode("ascii")

    def open(self, sealed: str, creator_id: int) -> str:
        blob = base64.urlsafe_b64decode(sealed.encode("ascii"))
        if blob[:1] != VERSION:
            raise ValueError("unknown payload version")
        nonce = blob[1:1 + NONCE_BYTES]
        tag = blob[1 + NONCE_BYTES:1 + NONCE_BYTES + TAG_BYTES]
        ciphertext = blob[1 + NONCE_BYTES + TAG_BYTES:]
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=nonce, mac_len=TAG_BYTES)
        cipher.update(str(creator_id).encode())
        return cipher.decrypt_and_verify(ciphertext, tag).decode("utf-8")
