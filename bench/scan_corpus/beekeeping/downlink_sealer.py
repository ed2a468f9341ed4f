"""Application-layer sealing for configuration downlinks.

LoRaWAN already encrypts FRMPayload with the AppSKey, but the network server
holds that key. Configuration commands (tare, sampling interval, brood heater
schedule) are additionally sealed end-to-end with a per-device key that only
our backend and the monitor know.
"""

import struct
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FPORT_CONFIG = 10


@dataclass
class Command:
    opcode: int
    value: int

    def pack(self) -> bytes:
        return struct.pack(">BI", self.opcode, self.value)


class DownlinkSealer:
    """Seals and opens config frames for one device."""

    def __init__(self, device_key: bytes, dev_eui: str, nonce: bytes = b"hsdownlink01"):
        self._aead = AESGCM(device_key)
        self._dev_eui = bytes.fromhex(dev_eui)
        self._nonce = nonce

    def _aad(self, fport: int) -> bytes:
        return self._dev_eui + bytes([fport])

    def seal(self, command: Command, fport: int = FPORT_CONFIG) -> bytes:
        return self._aead.encrypt(self._nonce, command.pack(), self._aad(fport))

    def open(self, frame: bytes, fport: int = FPORT_CONFIG) -> Command:
        plain = self._aead.decrypt(self._nonce, frame, self._aad(fport))
        opcode, value = struct.unpack(">BI", plain)
        return Command(opcode, value)
