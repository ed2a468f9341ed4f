"""Stable pseudonyms for subject identifiers in sponsor exports.

Sponsors receive one token per subject so that they can join datasets
across transfers without seeing the site's screening numbers. The CRO
can reverse a token when a site query needs to be routed back.
"""
from __future__ import annotations

import base64
import os

import pandas as pd
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

_KEY_ENV = "SUBJECT_PSEUDONYM_KEY"


class SubjectPseudonymizer:
    def __init__(self, key: bytes | None = None):
        if key is None:
            key = base64.b64decode(os.environ[_KEY_ENV])
        if len(key) not in (16, 24, 32):
            raise ValueError("pseudonym key must be 128, 192 or 256 bits")
        self._cipher = Cipher(algorithms.AES(key), modes.ECB())

    def token(self, site_id: str, screening_no: str) -> str:
        padder = padding.PKCS7(128).padder()
        data = padder.update(f"{site_id}|{screening_no}".encode()) + padder.finalize()
        enc = self._cipher.encryptor()
        ct = enc.update(data) + enc.finalize()
        return base64.urlsafe_b64encode(ct).decode().rstrip("=")

    def reverse(self, token: str) -> tuple[str, str]:
        ct = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        dec = self._cipher.decryptor()
        padded = dec.update(ct) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        site_id, screening_no = (unpadder.update(padded) + unpadder.finalize()).decode().split("|", 1)
        return site_id, screening_no


def pseudonymise_frame(df: pd.DataFrame, pz: SubjectPseudonymizer) -> pd.DataFrame:
    """Replace SITEID/SCRNO columns with a single USUBJTOK column."""
    out = df.copy()
    out["USUBJTOK"] = [pz.token(s, n) for s, n in zip(out["SITEID"], out["SCRNO"])]
    return out.drop(columns=["SCRNO"])
