"""Decrypts and re-encodes payloads from the regional partner exchange.

The partner's export tool still produces the older envelope format, so the
pipeline step keeps the matching cipher settings here.
"""
import base64
import json
import logging
import os

from Crypto.Cipher import DES3

log = logging.getLogger(__name__)

ENVELOPE_HEADER = b"RPX1"


def _exchange_key() -> bytes:
    key = base64.b64decode(os.environ["PARTNER_EXCHANGE_KEY"])
    return DES3.adjust_key_parity(key)


def decrypt_envelope(blob: bytes) -> dict:
    if not blob.startswith(ENVELOPE_HEADER):
        raise ValueError("unexpected envelope header")
    iv = blob[4:12]
    body = blob[12:]
    cipher = DES3.new(_exchange_key(), DES3.MODE_CBC, iv=iv)
    plain = cipher.decrypt(body)
    plain = plain[: -plain[-1]]
    return json.loads(plain.decode("utf-8"))


def process_batch(blobs: list[bytes]) -> list[dict]:
    records = []
    for idx, blob in enumerate(blobs):
        try:
            records.append(decrypt_envelope(blob))
        except (ValueError, KeyError) as exc:
            log.warning("skipping envelope %d: %s", idx, exc)
    return records
