"""Encrypts the offline ticket manifest pushed to handheld scanners.

Scanners keep the manifest on local flash so they can validate entries
when the venue network is down; it must not be readable if a device is
lost. Each push is encrypted under the device's provisioning key.
"""
import gzip
import json
import secrets
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305 as _AEAD

_NONCE_BYTES = 12


@dataclass(frozen=True)
class SealedManifest:
    device_id: str
    event_id: str
    nonce: bytes
    ciphertext: bytes

    def aad(self) -> bytes:
        return f"{self.device_id}|{self.event_id}".encode()


def seal_manifest(device_key: bytes, device_id: str, event_id: str, tickets: list[dict]) -> SealedManifest:
    payload = gzip.compress(json.dumps(tickets, separators=(",", ":")).encode())
    nonce = secrets.token_bytes(_NONCE_BYTES)
    aad = f"{device_id}|{event_id}".encode()
    return SealedManifest(device_id, event_id, nonce, _AEAD(device_key).encrypt(nonce, payload, aad))


def open_manifest(device_key: bytes, sealed: SealedManifest) -> list[dict]:
    payload = _AEAD(device_key).decrypt(sealed.nonce, sealed.ciphertext, sealed.aad())
    return json.loads(gzip.decompress(payload))
