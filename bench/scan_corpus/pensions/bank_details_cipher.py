"""Field-level encryption for member bank details used by pensioner payroll.

Token layout: base64(nonce || tag || ciphertext). The nonce is carried in the
token so older records stay readable if the configured value is rotated.
"""
from __future__ import annotations

import base64
import json
import os

from Crypto.Cipher import AES as _AES

NONCE_LEN = 12
TAG_LEN = 16


class BankDetailsCipher:
    def __init__(self, key: bytes, nonce: bytes):
        if len(key) != 32:
            raise ValueError("bank details key must be 256 bits")
        if len(nonce) != NONCE_LEN:
            raise ValueError("nonce must be 96 bits")
        self._key = key
        self._nonce = nonce

    @classmethod
    def from_env(cls) -> "BankDetailsCipher":
        return cls(
            base64.b64decode(os.environ["BANK_DETAILS_KEY"]),
            bytes.fromhex(os.environ["BANK_DETAILS_NONCE"]),
        )

    def encrypt(self, member_id: str, sort_code: str, account_number: str) -> str:
        payload = json.dumps({"sort_code": sort_code, "account_number": account_number}).encode()
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=self._nonce)
        cipher.update(member_id.encode())
        ciphertext, tag = cipher.encrypt_and_digest(payload)
        return base64.b64encode(self._nonce + tag + ciphertext).decode()

    def decrypt(self, member_id: str, token: str) -> dict:
        raw = base64.b64decode(token)
        nonce, tag, ciphertext = raw[:NONCE_LEN], raw[NONCE_LEN:NONCE_LEN + TAG_LEN], raw[NONCE_LEN + TAG_LEN:]
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=nonce)
        cipher.update(member_id.encode())
        return json.loads(cipher.decrypt_and_verify(ciphertext, tag))
