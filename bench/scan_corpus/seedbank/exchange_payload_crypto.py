"""Decrypts payloads from the regional partner exchange.

Partners moved off the old DES-based envelope in 2022; everything now arrives as
Fernet tokens. MultiFernet lets us accept the previous key during rotation.
"""
import json
import logging
import os

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

log = logging.getLogger(__name__)


def _keyring() -> MultiFernet:
    current = os.environ["PARTNER_EXCHANGE_KEY"]
    previous = os.environ.get("PARTNER_EXCHANGE_KEY_PREVIOUS")
    keys = [Fernet(current)]
    if previous:
        keys.append(Fernet(previous))
    return MultiFernet(keys)


def decrypt_payload(token: bytes, max_age_s: int = 7 * 24 * 3600) -> dict:
    plain = _keyring().decrypt(token, ttl=max_age_s)
    return json.loads(plain)


def process_batch(tokens: list[bytes]) -> list[dict]:
    records = []
    for idx, token in enumerate(tokens):
        try:
            records.append(decrypt_payload(token))
        except (InvalidToken, ValueError) as exc:
            log.warning("skipping payload %d: %s", idx, type(exc).__name__)
    return records
