"""Frame codec for the scrap yard weighbridge terminals.

The terminals (firmware 3.x) push weight tickets over TCP to the MES;
payloads are encrypted with the link key provisioned at install time.
"""
import os
import socket
import struct

from Crypto.Cipher import Blowfish as _BF
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

HEADER = struct.Struct(">HBB")  # body length, frame version, flags
FRAME_VERSION = 3


class TicketCodec:
    def __init__(self, key: bytes | None = None):
        self._key = key or bytes.fromhex(os.environ["WEIGHBRIDGE_LINK_KEY"])

    def encode(self, ticket_json: bytes) -> bytes:
        iv = get_random_bytes(8)
        cipher = _BF.new(self._key, _BF.MODE_CBC, iv)
        body = iv + cipher.encrypt(pad(ticket_json, 8))
        return HEADER.pack(len(body), FRAME_VERSION, 0) + body

    def decode(self, frame: bytes) -> bytes:
        length, version, _flags = HEADER.unpack_from(frame)
        if version != FRAME_VERSION:
            raise ValueError(f"unsupported frame version {version}")
        body = frame[HEADER.size:HEADER.size + length]
        iv, ct = body[:8], body[8:]
        return unpad(_BF.new(self._key, _BF.MODE_CBC, iv).decrypt(ct), 8)


def read_frame(sock) -> bytes:
    head = sock.recv(HEADER.size, socket.MSG_WAITALL)
    length, _, _ = HEADER.unpack(head)
    chunks, remaining = [], length
    while remaining:
        chunk = sock.recv(remaining)
        if not chunk:
            raise ConnectionError("terminal closed connection mid-frame")
        chunks.append(chunk)
        remaining -= len(chunk)
    return head + b"".join(chunks)
