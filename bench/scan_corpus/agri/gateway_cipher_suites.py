"""Cipher suite negotiation for field gateways (firmware 4.x and newer).

During the hello exchange the gateway lists the suites its radio module
supports. Suites from the SP-100 era (3des-cbc, blowfish-cbc, rc4) are no
longer accepted; those gateways must be upgraded before they can join.
"""
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305

PREFERRED_SUITES = ("aes-256-gcm", "chacha20-poly1305", "aes-128-gcm")
RETIRED_SUITES = frozenset({"3des-cbc", "des-cbc", "blowfish-cbc", "rc4"})


class NegotiationError(Exception):
    pass


def choose_suite(offered: list[str]) -> str:
    offered_norm = [s.strip().lower() for s in offered]
    for suite in PREFERRED_SUITES:
        if suite in offered_norm:
            return suite
    if RETIRED_SUITES.intersection(offered_norm):
        raise NegotiationError("gateway only offers retired cipher suites; firmware upgrade required")
    raise NegotiationError("no common cipher suite")


def session_cipher(suite: str, session_key: bytes):
    if suite == "chacha20-poly1305":
        return ChaCha20Poly1305(session_key)
    if suite == "aes-256-gcm":
        return AESGCM(session_key[:32])
    if suite == "aes-128-gcm":
        return AESGCM(session_key[:16])
    raise NegotiationError(f"unsupported suite {suite!r}")


def seal(suite: str, session_key: bytes, gateway_id: str, payload: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + session_cipher(suite, session_key).encrypt(nonce, payload, gateway_id.encode())
