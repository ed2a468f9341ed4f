"""Seals TSE sample submission records sent to the testing laboratory.

Brain-stem samples from fallen cattle over the testing age are sent to an
approved laboratory; the submission record identifies the farm, so it is
sealed with AES-GCM before being dropped in the lab's exchange bucket.
"""
import json
import os
from base64 import b64decode, b64encode

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from knacker.config import settings

NONCE_BYTES = 12


def _aead() -> AESGCM:
    return AESGCM(b64decode(settings.LAB_EXCHANGE_KEY))


def seal_submission(submission: dict, lab_code: str) -> str:
    nonce = os.urandom(NONCE_BYTES)
    body = json.dumps(submission, sort_keys=True, default=str).encode("utf-8")
    sealed = _aead().encrypt(nonce, body, lab_code.encode("ascii"))
    return b64encode(nonce + sealed).decode("ascii")


def open_result(blob: str, lab_code: str) -> dict:
    raw = b64decode(blob)
    nonce, sealed = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
    body = _aead().decrypt(nonce, sealed, lab_code.encode("ascii"))
    return json.loads(body)


def build_submission(carcass: dict, sample_barcode: str) -> dict:
    return {
        "barcode": sample_barcode,
        "ear_tag": carcass["ear_tag"],
        "cph": carcass["cph"],
        "age_months": carcass["age_months"],
        "collected_on": carcass["collected_on"],
    }
