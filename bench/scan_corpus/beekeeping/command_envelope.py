"""End-to-end envelope for configuration downlinks to hive monitors.

Frame: nonce (12) | ChaCha20-Poly1305 ciphertext+tag. The DevEUI and FPort
are bound as associated data. The monitor firmware uses the same construction
through monocypher.
"""

import os
import struct
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


@dataclass
class ConfigCommand:
    opcode: int
    value: int

    def pack(self) -> bytes:
        return struct.pack(">BI", self.opcode, self.value)

    @classmethod
    def unpack(cls, data: bytes) -> "ConfigCommand":
        return cls(*struct.unpack(">BI", data))


class CommandEnvelope:
    NONCE_LEN = 12
    FPORT = 10

    def __init__(self, device_key: bytes, dev_eui: str):
        self._aead = ChaCha20Poly1305(device_key)
        self._aad = bytes.fromhex(dev_eui) + bytes([self.FPORT])

    def seal(self, command: ConfigCommand) -> bytes:
        nonce = os.urandom(self.NONCE_LEN)
        return nonce + self._aead.encrypt(nonce, command.pack(), self._aad)

    def open(self, frame: bytes) -> ConfigCommand:
        nonce, body = frame[: self.NONCE_LEN], frame[self.NONCE_LEN :]
        return ConfigCommand.unpack(self._aead.decrypt(nonce, body, self._aad))
