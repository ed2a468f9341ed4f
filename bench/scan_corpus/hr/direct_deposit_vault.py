"""Stores employee direct-deposit account numbers encrypted with AES-GCM."""
from __future__ import annotations

import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from django.conf import settings

NONCE_SIZE = 12
AAD_PREFIX = b"direct-deposit:v3:"


def _aead() -> AESGCM:
    return AESGCM(base64.b64decode(settings.PAYROLL_DATA_KEY))


def seal_account_number(employee_id: int, account_number: str) -> str:
    nonce = os.urandom(NONCE_SIZE)
    aad = AAD_PREFIX + str(employee_id).encode()
    ct = _aead().encrypt(nonce, account_number.encode(), aad)
    return base64.b64encode(nonce + ct).decode()


def open_account_number(employee_id: int, blob: str) -> str:
    raw = base64.b64decode(blob)
    nonce, ct = raw[:NONCE_SIZE], raw[NONCE_SIZE:]
    aad = AAD_PREFIX + str(employee_id).encode()
    return _aead().decrypt(nonce, ct, aad).decode()


def masked_account(employee_id: int, blob: str) -> str:
    number = open_account_number(employee_id, blob)
    return "•" * max(len(number) - 4, 0) + number[-4:]
