"""Pseudonymise PII columns before tables are copied to the analytics sandbox.

Tokens are deterministic so analysts can still join on e-mail or phone
number across tables (AES-SIV, column name bound as associated data).
"""
from __future__ import annotations

import base64
import os

import pandas as pd
from cryptography.hazmat.primitives.ciphers.aead import AESSIV

PII_COLUMNS = ("email", "phone", "national_id")


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["PII_TOKEN_KEY"])
    if len(key) != 64:
        raise ValueError("PII_TOKEN_KEY must be 64 bytes (base64) for AES-256-SIV")
    return key


class PiiPseudonymizer:
    def __init__(self, key: bytes | None = None, context: bytes = b"sandbox-v1"):
        self._siv = AESSIV(key or _load_key())
        self._context = context

    def tokenize(self, value: str, column: str) -> str:
        data = value.strip().lower().encode()
        token = self._siv.encrypt(data, [self._context, column.encode()])
        return base64.urlsafe_b64encode(token).decode()

    def tokenize_frame(self, df: pd.DataFrame) -> pd.DataFrame:
        out = df.copy()
        for col in PII_COLUMNS:
            if col in out.columns:
                out[col] = out[col].map(lambda v, c=col: self.tokenize(v, c) if isinstance(v, str) else v)
        return out
