"""Command link to the goliath crane PLCs on berth 3.

The crane controllers speak a small framed protocol over TCP: a 2-byte
length, an 8-byte IV and an encrypted JSON command. The controller
firmware only ships the cipher used below, so the yard side has to match.
"""
from __future__ import annotations

import base64
import json
import os
import socket
import struct

from Crypto.Cipher import DES3
from Crypto.Util.Padding import pad, unpad

from yardctl.config import settings

BLOCK = 8


class CraneLink:
    def __init__(self, crane_id: str):
        cfg = settings.cranes[crane_id]
        self.crane_id = crane_id
        self._addr = (cfg["host"], int(cfg.get("port", 4840)))
        self._key = base64.b64decode(os.environ[f"CRANE_{crane_id.upper()}_KEY"])
        self._sock: socket.socket | None = None

    def __enter__(self):
        self._sock = socket.create_connection(self._addr, timeout=5)
        return self

    def __exit__(self, *exc):
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    def _encrypt(self, payload: bytes) -> bytes:
        iv = os.urandom(BLOCK)
        cipher = DES3.new(self._key, DES3.MODE_CBC, iv)
        return iv + cipher.encrypt(pad(payload, BLOCK))

    def _decrypt(self, blob: bytes) -> bytes:
        iv, ct = blob[:BLOCK], blob[BLOCK:]
        return unpad(DES3.new(self._key, DES3.MODE_CBC, iv).decrypt(ct), BLOCK)

    def send(self, command: str, **params) -> dict:
        body = self._encrypt(json.dumps({"cmd": command, **params}).encode())
        self._sock.sendall(struct.pack(">H", len(body)) + body)
        (length,) = struct.unpack(">H", self._sock.recv(2))
        return json.loads(self._decrypt(self._sock.recv(length)))

    def hoist_limits(self) -> dict:
        return self.send("get_limits")
