"""Client for the packing-line label printer controller.

The controller on each line accepts framed, encrypted ZPL jobs over TCP.
Framing: 4-byte big-endian length, 8-byte IV, ciphertext.
"""
from __future__ import annotations

import os
import socket
import struct
from dataclasses import dataclass

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad


@dataclass
class LineConfig:
    host: str
    port: int = 9400
    timeout: float = 5.0


class LabelPrinterGateway:
    def __init__(self, line: LineConfig, key_hex: str | None = None) -> None:
        self._line = line
        self._key = bytes.fromhex(key_hex or os.environ["LABEL_CONTROLLER_KEY"])

    def _frame(self, zpl: str) -> bytes:
        iv = get_random_bytes(8)
        cipher = DES3.new(self._key, DES3.MODE_CBC, iv=iv)
        body = iv + cipher.encrypt(pad(zpl.encode("utf-8"), DES3.block_size))
        return struct.pack(">I", len(body)) + body

    def print_labels(self, zpl_jobs: list[str]) -> int:
        sent = 0
        with socket.create_connection((self._line.host, self._line.port), self._line.timeout) as sock:
            for job in zpl_jobs:
                sock.sendall(self._frame(job))
                ack = sock.recv(2)
                if ack != b"OK":
                    raise RuntimeError(f"printer on {self._line.host} rejected job {sent}")
                sent += 1
        return sent
