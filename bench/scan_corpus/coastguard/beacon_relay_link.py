"""Link to the upgraded EPIRB/PLB alert relay at the regional MCC.

Frames are ``nonce || ChaCha20-Poly1305(alert record)``; the record header
(beacon id) is authenticated as associated data.
"""
import os
import socket
import struct

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

RELAY_HOST = os.environ.get("MCC_RELAY_HOST", "mcc-relay.internal")
RELAY_PORT = int(os.environ.get("MCC_RELAY_PORT", "7011"))


def _link_cipher() -> ChaCha20Poly1305:
    return ChaCha20Poly1305(bytes.fromhex(os.environ["MCC_RELAY_KEY_HEX"]))


def encode_alert(beacon_hex_id: str, lat: float, lon: float, ts: int) -> bytes:
    header = beacon_hex_id.encode("ascii")
    record = struct.pack(">ddI", lat, lon, ts)
    nonce = os.urandom(12)
    sealed = _link_cipher().encrypt(nonce, record, header)
    return struct.pack(">B", len(header)) + header + nonce + sealed


def forward_alert(beacon_hex_id: str, lat: float, lon: float, ts: int) -> None:
    frame = encode_alert(beacon_hex_id, lat, lon, ts)
    with socket.create_connection((RELAY_HOST, RELAY_PORT), timeout=10) as sock:
        sock.sendall(struct.pack(">H", len(frame)) + frame)
