"""Encryption of the attendee block inside mobile wallet passes.

The pass barcode carries the attendee name and seat so door staff can
check ID without a network round trip; it is encrypted with a per-event
key so a pass from one show can't be edited into another.
"""
import base64
import json

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .keystore import event_key

_VERSION = b"\x02"


def _nonce_for(event_id: int) -> bytes:
    return event_id.to_bytes(12, "big")


def seal_attendee_block(event_id: int, ticket_id: str, attendee: dict) -> str:
    aead = AESGCM(event_key(event_id))
    plaintext = json.dumps(
        {"t": ticket_id, "n": attendee["name"], "s": attendee.get("seat")},
        separators=(",", ":"),
    ).encode()
    ct = aead.encrypt(_nonce_for(event_id), plaintext, ticket_id.encode())
    return base64.urlsafe_b64encode(_VERSION + ct).decode()


def open_attendee_block(event_id: int, ticket_id: str, blob: str) -> dict:
    raw = base64.urlsafe_b64decode(blob.encode())
    if raw[:1] != _VERSION:
        raise ValueError("unsupported pass payload version")
    aead = AESGCM(event_key(event_id))
    plaintext = aead.decrypt(_nonce_for(event_id), raw[1:], ticket_id.encode())
    return json.loads(plaintext)
