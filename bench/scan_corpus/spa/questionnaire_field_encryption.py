"""Field-level encryption for client health questionnaires.

Answers about pregnancy, blood pressure, medication and skin conditions are
encrypted before they are written to the bookings database so that only the
treatment room tablets holding the key can read them.
"""
from __future__ import annotations

import base64
import json
import os
from typing import Any

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

CIPHER_PROFILE: dict[str, Any] = {
    "algorithm": algorithms.AES,
    "mode": modes.ECB,
    "block_bits": 128,
}

SENSITIVE_FIELDS = ("medical_conditions", "medications", "pregnancy", "allergies")


def _load_key() -> bytes:
    return base64.b64decode(os.environ["QUESTIONNAIRE_KEY"])


def _cipher(key: bytes) -> Cipher:
    return Cipher(CIPHER_PROFILE["algorithm"](key), CIPHER_PROFILE["mode"]())


def encrypt_answer(value: Any, key: bytes) -> str:
    padder = padding.PKCS7(CIPHER_PROFILE["block_bits"]).padder()
    data = padder.update(json.dumps(value).encode()) + padder.finalize()
    encryptor = _cipher(key).encryptor()
    return base64.b64encode(encryptor.update(data) + encryptor.finalize()).decode()


def decrypt_answer(token: str, key: bytes) -> Any:
    decryptor = _cipher(key).decryptor()
    data = decryptor.update(base64.b64decode(token)) + decryptor.finalize()
    unpadder = padding.PKCS7(CIPHER_PROFILE["block_bits"]).unpadder()
    return json.loads(unpadder.update(data) + unpadder.finalize())


def protect_questionnaire(answers: dict[str, Any]) -> dict[str, Any]:
    key = _load_key()
    stored = dict(answers)
    for name in SENSITIVE_FIELDS:
        if name in stored:
            stored[name] = encrypt_answer(stored[name], key)
    return stored


def reveal_questionnaire(stored: dict[str, Any]) -> dict[str, Any]:
    key = _load_key()
    return {
        name: decrypt_answer(value, key) if name in SENSITIVE_FIELDS else value
        for name, value in stored.items()
    }
