"""Push price-book updates to the older register terminals.

The registers installed before the 2019 refresh only understand the vendor's
encrypted price-book frame: 2-byte length, 8-byte IV, then the ciphertext.
"""
import os
import socket
import struct

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

ACK = b"OK"


class RegisterSyncError(RuntimeError):
    pass


def _frame_key() -> bytes:
    return DES3.adjust_key_parity(bytes.fromhex(os.environ["REGISTER_FRAME_KEY"]))


def encode_frame(payload: bytes) -> bytes:
    iv = get_random_bytes(8)
    cipher = DES3.new(_frame_key(), DES3.MODE_CBC, iv=iv)
    body = iv + cipher.encrypt(pad(payload, 8))
    return struct.pack(">H", len(body)) + body


def push_price_book(host: str, port: int, entries: list[dict]) -> int:
    """Send SKU|price lines to one register; returns how many were sent."""
    lines = [f"{e['sku']}|{e['price_cents']}|{e.get('tax_code', 'T1')}" for e in entries]
    frame = encode_frame("\n".join(lines).encode("ascii"))
    with socket.create_connection((host, port), timeout=10) as sock:
        sock.sendall(frame)
        reply = sock.recv(2)
    if reply != ACK:
        raise RegisterSyncError(f"register {host} answered {reply!r}")
    return len(lines)
