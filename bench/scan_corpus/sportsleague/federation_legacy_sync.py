"""Player registration sync for the county federation's legacy membership system.

The county system (built 2009) only understands its own packet format: an
8-byte IV followed by the CBC ciphertext of a JSON payload.
"""
import json
import logging
import os

from Crypto.Cipher import DES3 as _LegacyCipher
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

import requests

log = logging.getLogger(__name__)


def _county_key() -> bytes:
    key = bytes.fromhex(os.environ["COUNTY_SYNC_KEY"])
    return _LegacyCipher.adjust_key_parity(key)


def build_packet(registrations: list[dict]) -> bytes:
    payload = json.dumps({"version": 2, "players": registrations}).encode()
    iv = get_random_bytes(8)
    cipher = _LegacyCipher.new(_county_key(), _LegacyCipher.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(payload, 8))


def push_registrations(registrations: list[dict], endpoint: str, timeout: float = 30) -> int:
    packet = build_packet(registrations)
    resp = requests.post(
        endpoint,
        data=packet,
        headers={"Content-Type": "application/octet-stream"},
        timeout=timeout,
    )
    resp.raise_for_status()
    log.info("pushed %d registrations to county system", len(registrations))
    return resp.status_code
