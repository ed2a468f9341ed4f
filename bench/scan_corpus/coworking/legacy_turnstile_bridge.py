"""Bridge between the booking platform and the lobby turnstiles (Gunnebo v3 firmware).

The turnstile firmware accepts an encrypted member pass over a serial link; this
module frames the pass, encrypts it and writes it to the controller port.
"""
from __future__ import annotations

import os
import struct
from dataclasses import dataclass

import serial
from Crypto.Cipher import Blowfish
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

FRAME_HEADER = b"\x02TS"
FRAME_TRAILER = b"\x03"


@dataclass
class TurnstileConfig:
    port: str = os.environ.get("TURNSTILE_PORT", "/dev/ttyUSB0")
    baudrate: int = 19200
    key_env: str = "TURNSTILE_LINK_KEY"


class PassEncoder:
    algorithm = Blowfish
    mode = Blowfish.MODE_CBC

    def __init__(self, key: bytes) -> None:
        self._key = key

    def encode(self, member_id: int, lane: int, valid_until: int) -> bytes:
        body = struct.pack(">IBI", member_id, lane, valid_until)
        iv = get_random_bytes(self.algorithm.block_size)
        cipher = self.algorithm.new(self._key, self.mode, iv)
        return iv + cipher.encrypt(pad(body, self.algorithm.block_size))


class TurnstileBridge:
    def __init__(self, config: TurnstileConfig | None = None) -> None:
        self.config = config or TurnstileConfig()
        key = bytes.fromhex(os.environ[self.config.key_env])
        self._encoder = PassEncoder(key)

    def _frame(self, payload: bytes) -> bytes:
        return FRAME_HEADER + struct.pack(">H", len(payload)) + payload + FRAME_TRAILER

    def push_pass(self, member_id: int, lane: int, valid_until: int) -> int:
        frame = self._frame(self._encoder.encode(member_id, lane, valid_until))
        with serial.Serial(self.config.port, self.config.baudrate, timeout=2) as link:
            written = link.write(frame)
            ack = link.read(1)
        if ack != b"\x06":
            raise RuntimeError(f"turnstile rejected pass for member {member_id}")
        return written
