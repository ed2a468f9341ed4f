"""Open encrypted envelopes from repair partners and loss assessors.

Partners send JSON envelopes: {"alg": ..., "kid": ..., "nonce": ..., "data": ...}.
Older integrations may still announce retired ciphers; those are rejected
with a message that points them at the onboarding guide.
"""
from __future__ import annotations

import base64
import json
from typing import Callable, Mapping

from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305

SUPPORTED: dict[str, Callable[[bytes], object]] = {
    "A256GCM": AESGCM,
    "C20P": ChaCha20Poly1305,
}
RETIRED = frozenset({"DES-EDE3-CBC", "BF-CBC", "RC4", "A128ECB"})


class EnvelopeError(ValueError):
    pass


def open_envelope(raw: bytes, keyring: Mapping[str, bytes]) -> dict:
    env = json.loads(raw)
    alg = env.get("alg", "")
    if alg in RETIRED:
        raise EnvelopeError(f"cipher {alg} is retired; see partner onboarding guide section 4")
    if alg not in SUPPORTED:
        raise EnvelopeError(f"unknown cipher {alg!r}")
    try:
        key = keyring[env["kid"]]
    except KeyError as exc:
        raise EnvelopeError("unknown key id") from exc
    aead = SUPPORTED[alg](key)
    nonce = base64.b64decode(env["nonce"])
    plaintext = aead.decrypt(nonce, base64.b64decode(env["data"]), env["kid"].encode())
    return json.loads(plaintext)
