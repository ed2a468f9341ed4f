"""Encrypt pensioner bank details before they are written to the payroll DB.

Token layout: base64(nonce || tag || ciphertext), member id bound as AAD.
"""
from __future__ import annotations

import base64
import json
import os

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

NONCE_LEN = 12
TAG_LEN = 16


class PensionerBankVault:
    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("bank details key must be 256 bits")
        self._key = key

    @classmethod
    def from_env(cls) -> "PensionerBankVault":
        return cls(base64.b64decode(os.environ["BANK_DETAILS_KEY"]))

    def seal(self, member_id: str, sort_code: str, account_number: str) -> str:
        payload = json.dumps({"sort_code": sort_code, "account_number": account_number}).encode()
        nonce = get_random_bytes(NONCE_LEN)
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=nonce)
        cipher.update(member_id.encode())
        ciphertext, tag = cipher.encrypt_and_digest(payload)
        return base64.b64encode(nonce + tag + ciphertext).decode()

    def open(self, member_id: str, token: str) -> dict:
        raw = base64.b64decode(token)
        nonce = raw[:NONCE_LEN]
        tag = raw[NONCE_LEN:NONCE_LEN + TAG_LEN]
        ciphertext = raw[NONCE_LEN + TAG_LEN:]
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=nonce)
        cipher.update(member_id.encode())
        return json.loads(cipher.decrypt_and_verify(ciphertext, tag))
