"""Encryption of sensor payloads between the enclosure gateways and the ingest API."""

import os
import struct

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

# bound into every message so a payload for one purpose can't be replayed as another
ASSOCIATED_DATA = b"zoo-enclosure-telemetry/v2"
NONCE_SIZE = 12
HEADER = struct.Struct(">HI")  # gateway id, sequence number


def load_key() -> bytes:
    return bytes.fromhex(os.environ["GATEWAY_PAYLOAD_KEY"])


def encrypt_payload(key: bytes, gateway_id: int, seq: int, body: bytes) -> bytes:
    header = HEADER.pack(gateway_id, seq)
    nonce = os.urandom(NONCE_SIZE)
    ct = ChaCha20Poly1305(key).encrypt(nonce, body, ASSOCIATED_DATA + header)
    return header + nonce + ct


def decrypt_payload(key: bytes, message: bytes) -> tuple[int, int, bytes]:
    header = message[:HEADER.size]
    nonce = message[HEADER.size:HEADER.size + NONCE_SIZE]
    ct = message[HEADER.size + NONCE_SIZE:]
    gateway_id, seq = HEADER.unpack(header)
    body = ChaCha20Poly1305(key).decrypt(nonce, ct, ASSOCIATED_DATA + header)
    return gateway_id, seq, body
