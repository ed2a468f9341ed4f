"""Field-level encryption for publisher bank details (pycryptodome)."""
import base64
import json
import os

from Crypto.Cipher import ChaCha20_Poly1305 as _Cipher
from Crypto.Random import get_random_bytes

_VERSION = b"\x02"
_NONCE_LEN = 12
_TAG_LEN = 16


class BankDetailsCipher:
    def __init__(self, key: bytes, key_id: str):
        if len(key) != 32:
            raise ValueError("bank details key must be 256 bits")
        self._key = key
        self._key_id = key_id.encode()

    @classmethod
    def from_env(cls) -> "BankDetailsCipher":
        return cls(base64.b64decode(os.environ["BANK_DETAILS_KEY"]), os.environ["BANK_DETAILS_KEY_ID"])

    def encrypt(self, value: str) -> str:
        nonce = get_random_bytes(_NONCE_LEN)
        cipher = _Cipher.new(key=self._key, nonce=nonce)
        cipher.update(self._key_id)
        ct, tag = cipher.encrypt_and_digest(value.encode("utf-8"))
        return base64.b64encode(_VERSION + nonce + tag + ct).decode("ascii")

    def decrypt(self, token: str) -> str:
        raw = base64.b64decode(token)
        if raw[:1] != _VERSION:
            raise ValueError("unknown bank details format")
        nonce = raw[1 : 1 + _NONCE_LEN]
        tag = raw[1 + _NONCE_LEN : 1 + _NONCE_LEN + _TAG_LEN]
        ct = raw[1 + _NONCE_LEN + _TAG_LEN :]
        cipher = _Cipher.new(key=self._key, nonce=nonce)
        cipher.update(self._key_id)
        return cipher.decrypt_and_verify(ct, tag).decode("utf-8")


def encrypt_payout_account(c: BankDetailsCipher, account: dict) -> dict:
    sealed = c.encrypt(json.dumps({"iban": account["iban"], "bic": account.get("bic")}))
    return {"publisher_id": account["publisher_id"], "holder": account["holder"], "sealed": sealed}
