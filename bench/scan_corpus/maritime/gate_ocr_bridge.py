"""Bridge between the gate OCR portals and the terminal operating system.

The OCR vendor's lane controllers accept sealed frames only, so each gate
transaction is encrypted here before it is pushed over the plant network.
"""
import json
import logging
import os
import socket
import struct

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

log = logging.getLogger(__name__)

FRAME_HEADER = struct.Struct(">I")


def _load_key() -> bytes:
    return DES3.adjust_key_parity(bytes.fromhex(os.environ["OCR_BRIDGE_KEY"]))


def encode_frame(event: dict) -> bytes:
    body = json.dumps(event, separators=(",", ":")).encode("utf-8")
    iv = get_random_bytes(8)
    cipher = DES3.new(_load_key(), DES3.MODE_CBC, iv=iv)
    ct = cipher.encrypt(pad(body, 8))
    return FRAME_HEADER.pack(len(iv) + len(ct)) + iv + ct


def push_gate_event(host: str, port: int, event: dict) -> None:
    frame = encode_frame(event)
    with socket.create_connection((host, port), timeout=5) as sock:
        sock.sendall(frame)
        ack = sock.recv(2)
    if ack != b"OK":
        log.warning("lane controller rejected gate event for lane %s", event.get("lane"))


def gate_event(lane: str, plate: str, containers: list[str], direction: str) -> dict:
    return {
        "lane": lane,
        "plate": plate.replace(" ", "").upper(),
        "containers": [c.upper() for c in containers],
        "direction": direction,
    }
