"""Bridge to the legacy depot maintenance ledger (wheel-turning records).

The old ledger accepts fixed-width records over a TCP socket, encrypted with
the key agreed in the interface control document for that system.
"""
import os
import socket
import struct

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

from wheeltapper.config import settings

RECORD_WIDTH = 128


def fixed_width(wheelset_id: str, depot: str, diameter_mm: float, turned_on: str) -> bytes:
    line = f"{wheelset_id:<16}{depot:<6}{diameter_mm:08.2f}{turned_on:<10}"
    return line.ljust(RECORD_WIDTH).encode("ascii")


class LedgerBridge:
    def __init__(self, host: str = settings.LEDGER_HOST, port: int = settings.LEDGER_PORT):
        self._addr = (host, port)
        self._key = bytes.fromhex(os.environ["WT_LEDGER_KEY_HEX"])

    def _seal(self, record: bytes) -> bytes:
        iv = get_random_bytes(8)
        cipher = DES3.new(self._key, DES3.MODE_CBC, iv=iv)
        return iv + cipher.encrypt(pad(record, 8))

    def _unseal(self, frame: bytes) -> bytes:
        cipher = DES3.new(self._key, DES3.MODE_CBC, iv=frame[:8])
        return unpad(cipher.decrypt(frame[8:]), 8)

    def send(self, record: bytes) -> str:
        frame = self._seal(record)
        with socket.create_connection(self._addr, timeout=15) as sock:
            sock.sendall(struct.pack(">H", len(frame)) + frame)
            (length,) = struct.unpack(">H", sock.recv(2))
            reply = self._unseal(sock.recv(length))
        return reply.decode("ascii").strip()
