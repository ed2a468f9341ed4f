"""Bridge between the product dissemination bus and the legacy AFOS circuit.

Text products (AFD, ZFP, SPS...) are wrapped with the WMO header and sent
encrypted to the old regional relay, which only accepts 8-byte block ciphers.
"""
import os
import socket
import struct

from Crypto.Cipher import DES3 as _TripleDES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

RELAY_HOST = os.environ["AFOS_RELAY_HOST"]
RELAY_PORT = int(os.environ.get("AFOS_RELAY_PORT", "7410"))


def _relay_key() -> bytes:
    return bytes.fromhex(os.environ["AFOS_RELAY_KEY"])


def wrap_product(wmo_header: str, awips_id: str, text: str) -> bytes:
    return f"{wmo_header}\r\r\n{awips_id}\r\r\n{text}\r\r\n".encode("ascii", "replace")


def encrypt_frame(payload: bytes) -> bytes:
    iv = get_random_bytes(8)
    cipher = _TripleDES.new(_relay_key(), _TripleDES.MODE_CBC, iv=iv)
    body = iv + cipher.encrypt(pad(payload, 8))
    return struct.pack("!I", len(body)) + body


def send_product(wmo_header: str, awips_id: str, text: str) -> None:
    frame = encrypt_frame(wrap_product(wmo_header, awips_id, text))
    with socket.create_connection((RELAY_HOST, RELAY_PORT), timeout=15) as sock:
        sock.sendall(frame)
