"""Link between the till software and the card terminals in each salon.

The terminals speak a small length-prefixed protocol over TCP on the shop
LAN. Payloads are encrypted with the key injected when the terminal was
provisioned.
"""
from __future__ import annotations

import json
import logging
import os
import socket
import struct
from dataclasses import dataclass

from Crypto.Cipher import DES3 as _TDES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

log = logging.getLogger(__name__)

FRAME = struct.Struct(">HB")
MSG_SALE = 0x01
MSG_REFUND = 0x02
MSG_STATUS = 0x10
BLOCK = 8


@dataclass
class TerminalConfig:
    host: str
    port: int
    terminal_id: str
    key_env: str = "POS_TERMINAL_KEY"


class TerminalLink:
    def __init__(self, cfg: TerminalConfig):
        self.cfg = cfg
        self._key = bytes.fromhex(os.environ[cfg.key_env])
        self._sock: socket.socket | None = None

    def __enter__(self) -> "TerminalLink":
        self._sock = socket.create_connection((self.cfg.host, self.cfg.port), timeout=15)
        log.info("connected to terminal %s", self.cfg.terminal_id)
        return self

    def __exit__(self, *exc) -> None:
        if self._sock:
            self._sock.close()

    def _cipher(self, iv: bytes):
        return _TDES.new(self._key, _TDES.MODE_CBC, iv)

    def _seal(self, payload: bytes) -> bytes:
        iv = get_random_bytes(BLOCK)
        return iv + self._cipher(iv).encrypt(pad(payload, BLOCK))

    def _open(self, blob: bytes) -> bytes:
        return unpad(self._cipher(blob[:BLOCK]).decrypt(blob[BLOCK:]), BLOCK)

    def _exchange(self, msg_type: int, body: dict) -> dict:
        sealed = self._seal(json.dumps(body).encode())
        self._sock.sendall(FRAME.pack(len(sealed), msg_type) + sealed)
        length, _ = FRAME.unpack(self._sock.recv(FRAME.size))
        reply = b""
        while len(reply) < length:
            reply += self._sock.recv(length - len(reply))
        return json.loads(self._open(reply))

    def sale(self, amount_pence: int, reference: str) -> dict:
        result = self._exchange(MSG_SALE, {"amount": amount_pence, "ref": reference})
        log.info("terminal %s sale %s -> %s", self.cfg.terminal_id, reference, result.get("status"))
        return result

    def refund(self, amount_pence: int, reference: str) -> dict:
        return self._exchange(MSG_REFUND, {"amount": amount_pence, "ref": reference})

    def status(self) -> dict:
        return self._exchange(MSG_STATUS, {})
