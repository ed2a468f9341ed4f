"""Encrypted command channel to the dry dock gate and pump controllers.

Commands (open caisson valve, start dewatering pump, read sill depth) are
sent as JSON over TCP, framed as ``len (2) | nonce (12) | ciphertext``
and protected with ChaCha20-Poly1305.
"""
from __future__ import annotations

import base64
import json
import os
import socket
import struct

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from yardctl.config import settings


class GateLink:
    def __init__(self, controller: str):
        cfg = settings.dock_controllers[controller]
        self.controller = controller
        self._addr = (cfg["host"], int(cfg.get("port", 5020)))
        self._aead = ChaCha20Poly1305(base64.b64decode(os.environ[f"DOCK_{controller.upper()}_KEY"]))
        self._aad = controller.encode("ascii")

    def _seal(self, payload: bytes) -> bytes:
        nonce = os.urandom(12)
        return nonce + self._aead.encrypt(nonce, payload, self._aad)

    def _unseal(self, blob: bytes) -> bytes:
        return self._aead.decrypt(blob[:12], blob[12:], self._aad)

    @staticmethod
    def _recv_exact(sock: socket.socket, n: int) -> bytes:
        buf = b""
        while len(buf) < n:
            chunk = sock.recv(n - len(buf))
            if not chunk:
                raise ConnectionError("controller closed the connection")
            buf += chunk
        return buf

    def command(self, name: str, **params) -> dict:
        frame = self._seal(json.dumps({"cmd": name, **params}).encode("utf-8"))
        with socket.create_connection(self._addr, timeout=5) as sock:
            sock.sendall(struct.pack(">H", len(frame)) + frame)
            (length,) = struct.unpack(">H", self._recv_exact(sock, 2))
            return json.loads(self._unseal(self._recv_exact(sock, length)))

    def sill_depth(self) -> float:
        return float(self.command("read_sill_depth")["depth_m"])
