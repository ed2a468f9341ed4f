"""Command link to the older hydraulic press controllers on line 2.

The retrofit controllers accept framed, encrypted commands over TCP:
4-byte big-endian length, 8-byte IV, ciphertext.
"""
from __future__ import annotations

import os
import socket
import struct
from dataclasses import dataclass

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad


@dataclass(frozen=True)
class ControllerEndpoint:
    press_id: str
    host: str
    port: int = 5020


class PressControllerLink:
    def __init__(self, endpoint: ControllerEndpoint, key: bytes, timeout: float = 3.0) -> None:
        self._endpoint = endpoint
        self._key = DES3.adjust_key_parity(key)
        self._timeout = timeout

    @classmethod
    def for_press(cls, press_id: str) -> "PressControllerLink":
        host = os.environ[f"PRESS_{press_id.upper()}_HOST"]
        key = bytes.fromhex(os.environ["PRESS_LINK_KEY"])
        return cls(ControllerEndpoint(press_id=press_id, host=host), key)

    def _seal(self, payload: bytes) -> bytes:
        iv = get_random_bytes(8)
        cipher = DES3.new(self._key, DES3.MODE_CBC, iv=iv)
        body = iv + cipher.encrypt(pad(payload, DES3.block_size))
        return struct.pack(">I", len(body)) + body

    def _open(self, frame: bytes) -> bytes:
        iv, body = frame[:8], frame[8:]
        cipher = DES3.new(self._key, DES3.MODE_CBC, iv=iv)
        return unpad(cipher.decrypt(body), DES3.block_size)

    @staticmethod
    def _recv_exact(sock: socket.socket, n: int) -> bytes:
        chunks = []
        while n:
            chunk = sock.recv(n)
            if not chunk:
                raise ConnectionError("controller closed the connection")
            chunks.append(chunk)
            n -= len(chunk)
        return b"".join(chunks)

    def send_command(self, command: str) -> str:
        addr = (self._endpoint.host, self._endpoint.port)
        with socket.create_connection(addr, timeout=self._timeout) as sock:
            sock.sendall(self._seal(command.encode("ascii")))
            (length,) = struct.unpack(">I", self._recv_exact(sock, 4))
            reply = self._open(self._recv_exact(sock, length))
        return reply.decode("ascii")

    def set_mould_temperature(self, celsius: float) -> str:
        if not 60.0 <= celsius <= 190.0:
            raise ValueError("mould temperature out of range")
        return self.send_command(f"SET TEMP {celsius:.1f}")

    def set_cycle_time(self, seconds: float) -> str:
        if not 15.0 <= seconds <= 45.0:
            raise ValueError("cycle time out of range")
        return self.send_command(f"SET CYCLE {seconds:.1f}")

    def status(self) -> str:
        return self.send_command("STATUS")
