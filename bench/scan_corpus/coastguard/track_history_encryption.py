"""Encryption of exported vessel track histories handed to investigators."""
import json
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


def _export_key() -> bytes:
    key = bytes.fromhex(os.environ["TRACK_EXPORT_KEY_HEX"])
    if len(key) not in (16, 24, 32):
        raise ValueError("TRACK_EXPORT_KEY_HEX has an invalid length")
    return key


def encrypt_track(mmsi: int, points: list[dict]) -> bytes:
    aead = AESGCM(_export_key())
    nonce = os.urandom(NONCE_BYTES)
    plaintext = json.dumps({"mmsi": mmsi, "points": points}).encode()
    aad = f"track:{mmsi}".encode()
    return nonce + aead.encrypt(nonce, plaintext, aad)


def decrypt_track(mmsi: int, blob: bytes) -> dict:
    aead = AESGCM(_export_key())
    nonce, ciphertext = blob[:NONCE_BYTES], blob[NONCE_BYTES:]
    return json.loads(aead.decrypt(nonce, ciphertext, f"track:{mmsi}".encode()))
