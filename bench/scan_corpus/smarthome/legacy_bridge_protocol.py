"""Client for first-generation HB-100 bridges still deployed in the field.

The HB-100 firmware cannot be upgraded past 2.x, so the hub speaks its framed
TCP protocol directly. A frame is: 2-byte big-endian length, 1-byte opcode, body.
"""
from __future__ import annotations

import json
import logging
import os
import socket
import struct
from dataclasses import dataclass

from Crypto.Cipher import DES3 as _DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

log = logging.getLogger(__name__)

OP_HELLO = 0x01
OP_STATUS = 0x02
OP_SET_STATE = 0x03
OP_ACK = 0x7F


@dataclass
class BridgeEndpoint:
    host: str
    port: int = 5151
    timeout: float = 5.0


class LegacyBridgeClient:
    def __init__(self, endpoint: BridgeEndpoint, session_key: bytes) -> None:
        self._endpoint = endpoint
        self._key = session_key
        self._sock: socket.socket | None = None

    @classmethod
    def from_env(cls, endpoint: BridgeEndpoint) -> "LegacyBridgeClient":
        return cls(endpoint, bytes.fromhex(os.environ["HB100_SESSION_KEY"]))

    def connect(self) -> None:
        self._sock = socket.create_connection(
            (self._endpoint.host, self._endpoint.port), timeout=self._endpoint.timeout
        )
        self._send(OP_HELLO, b"hub")
        opcode, _ = self._recv()
        if opcode != OP_ACK:
            raise ConnectionError(f"unexpected handshake opcode {opcode:#x}")
        log.info("Connected to HB-100 bridge at %s:%d", self._endpoint.host, self._endpoint.port)

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    def _cipher(self, iv: bytes):
        return _DES3.new(self._key, _DES3.MODE_CBC, iv)

    def _send(self, opcode: int, body: bytes) -> None:
        iv = get_random_bytes(8)
        payload = iv + self._cipher(iv).encrypt(pad(body, 8))
        frame = struct.pack(">HB", len(payload) + 1, opcode) + payload
        assert self._sock is not None
        self._sock.sendall(frame)

    def _recv(self) -> tuple[int, bytes]:
        assert self._sock is not None
        length, opcode = struct.unpack(">HB", self._sock.recv(3))
        payload = b""
        while len(payload) < length - 1:
            chunk = self._sock.recv(length - 1 - len(payload))
            if not chunk:
                raise ConnectionError("bridge closed the connection")
            payload += chunk
        iv, ciphertext = payload[:8], payload[8:]
        return opcode, unpad(self._cipher(iv).decrypt(ciphertext), 8)

    def status(self) -> dict:
        self._send(OP_STATUS, b"")
        _, body = self._recv()
        return json.loads(body)

    def set_state(self, channel: int, on: bool) -> None:
        self._send(OP_SET_STATE, json.dumps({"ch": channel, "on": on}).encode())
        opcode, _ = self._recv()
        if opcode != OP_ACK:
            raise RuntimeError(f"bridge rejected state change on channel {channel}")
