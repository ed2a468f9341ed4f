"""Cipher negotiation for meter gateways connecting to the new head-end.

Gateways advertise the suites they support; older firmware still lists
3DES and Blowfish, which the head-end refuses. Only AEAD suites are accepted.
"""
from __future__ import annotations

import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

SUPPORTED_SUITES = ("AES-256-GCM", "AES-128-GCM")
KEY_LENGTHS = {"AES-256-GCM": 32, "AES-128-GCM": 16}


class UnsupportedSuite(Exception):
    pass


def negotiate(advertised: list[str]) -> str:
    """Pick the strongest suite we support; refuse legacy-only gateways."""
    offered = {s.strip().upper() for s in advertised}
    for suite in SUPPORTED_SUITES:
        if suite in offered:
            return suite
    raise UnsupportedSuite(
        f"gateway offered {sorted(offered)}; firmware upgrade required"
    )


class GatewayChannel:
    def __init__(self, suite: str, session_key: bytes):
        if len(session_key) != KEY_LENGTHS[suite]:
            raise ValueError("session key length does not match suite")
        self.suite = suite
        self._aead = AESGCM(session_key)

    def seal(self, payload: bytes, gateway_id: str) -> bytes:
        nonce = os.urandom(12)
        return nonce + self._aead.encrypt(nonce, payload, gateway_id.encode())

    def open(self, blob: bytes, gateway_id: str) -> bytes:
        return self._aead.decrypt(blob[:12], blob[12:], gateway_id.encode())
