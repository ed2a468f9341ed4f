"""Envelope format for commands sent to in-cab telematics units.

Layout: nonce (12) | tag (16) | ciphertext. The device id is authenticated as
associated data so a command captured for one truck cannot be replayed to another.
"""
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

NONCE_LEN = 12
TAG_LEN = 16


class EnvelopeError(Exception):
    pass


def seal(key: bytes, payload: bytes, device_id: str) -> bytes:
    cipher = AES.new(key, AES.MODE_GCM, nonce=get_random_bytes(NONCE_LEN))
    cipher.update(device_id.encode("ascii"))
    ciphertext, tag = cipher.encrypt_and_digest(payload)
    return cipher.nonce + tag + ciphertext


def open_envelope(key: bytes, blob: bytes, device_id: str) -> bytes:
    if len(blob) < NONCE_LEN + TAG_LEN:
        raise EnvelopeError("envelope too short")
    nonce = blob[:NONCE_LEN]
    tag = blob[NONCE_LEN:NONCE_LEN + TAG_LEN]
    ciphertext = blob[NONCE_LEN + TAG_LEN:]
    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)
    cipher.update(device_id.encode("ascii"))
    try:
        return cipher.decrypt_and_verify(ciphertext, tag)
    except ValueError as exc:
        raise EnvelopeError("authentication failed") from exc
