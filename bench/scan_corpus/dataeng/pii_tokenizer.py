"""Pseudonymise PII columns before tables are copied to the analytics sandbox.

Tokens must be deterministic so analysts can still join on e-mail or phone
number across tables.
"""
from __future__ import annotations

import base64
import os

import pandas as pd
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PII_COLUMNS = ("email", "phone", "national_id")


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["PII_TOKEN_KEY"])
    if len(key) != 32:
        raise ValueError("PII_TOKEN_KEY must be 32 bytes (base64)")
    return key


class PiiTokenizer:
    def __init__(self, key: bytes | None = None):
        self._cipher = Cipher(algorithms.AES(key or _load_key()), modes.ECB())

    def tokenize(self, value: str) -> str:
        padder = padding.PKCS7(128).padder()
        data = padder.update(value.strip().lower().encode()) + padder.finalize()
        enc = self._cipher.encryptor()
        return base64.urlsafe_b64encode(enc.update(data) + enc.finalize()).decode()

    def tokenize_frame(self, df: pd.DataFrame) -> pd.DataFrame:
        out = df.copy()
        for col in PII_COLUMNS:
            if col in out.columns:
                out[col] = out[col].map(lambda v: self.tokenize(v) if isinstance(v, str) else v)
        return out
