"""Link to the legacy EPIRB/PLB alert relay at the regional MCC.

The relay still speaks the 2009 framing: an 8-byte IV followed by the
encrypted alert record. It is scheduled for replacement next year.
"""
import os
import socket
import struct

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

RELAY_HOST = os.environ.get("MCC_RELAY_HOST", "mcc-relay.internal")
RELAY_PORT = int(os.environ.get("MCC_RELAY_PORT", "7010"))


def _link_key() -> bytes:
    return bytes.fromhex(os.environ["MCC_RELAY_KEY_HEX"])


def encode_alert(beacon_hex_id: str, lat: float, lon: float, ts: int) -> bytes:
    record = struct.pack(">15sddI", beacon_hex_id.encode("ascii"), lat, lon, ts)
    iv = get_random_bytes(8)
    cipher = DES3.new(_link_key(), DES3.MODE_CBC, iv=iv)
    return iv + cipher.encrypt(pad(record, 8))


def forward_alert(beacon_hex_id: str, lat: float, lon: float, ts: int) -> None:
    frame = encode_alert(beacon_hex_id, lat, lon, ts)
    with socket.create_connection((RELAY_HOST, RELAY_PORT), timeout=10) as sock:
        sock.sendall(struct.pack(">H", len(frame)) + frame)
