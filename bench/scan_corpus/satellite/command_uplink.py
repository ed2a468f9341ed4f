"""Authenticated encryption of telecommands for the current-generation stations."""
import os
import struct

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

# Algorithms the older modem firmware offered; refused for any station handled here.
RETIRED_SUITES = frozenset({"DES", "3DES", "RC4", "BLOWFISH"})
SUITE = "CHACHA20-POLY1305"


class CommandSealer:
    def __init__(self, station: str, suite: str = SUITE):
        if suite.upper() in RETIRED_SUITES or suite != SUITE:
            raise ValueError(f"unsupported suite {suite} for {station}")
        self.station = station
        self._aead = ChaCha20Poly1305(bytes.fromhex(os.environ[f"UPLINK_KEY_{station}"]))

    def seal(self, opcode: int, args: bytes, sequence: int) -> bytes:
        header = struct.pack(">4sHI", self.station.encode()[:4].ljust(4), opcode, sequence)
        nonce = os.urandom(12)
        return header + nonce + self._aead.encrypt(nonce, args, header)

    def open(self, frame: bytes) -> tuple[int, int, bytes]:
        header, nonce, body = frame[:10], frame[10:22], frame[22:]
        _, opcode, sequence = struct.unpack(">4sHI", header)
        return opcode, sequence, self._aead.decrypt(nonce, body, header)
