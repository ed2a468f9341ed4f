"""Encrypted command frames for the filter-wheel controller.

The controller firmware accepts 16-byte frames on its serial-over-IP port:
opcode (1), slot (1), sequence (4), reserved (10). Frames are encrypted
with the shared key provisioned when the controller was installed.
"""
import socket
import struct

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

FRAME = struct.Struct(">BBI10x")
OP_MOVE, OP_HOME, OP_STATUS = 0x01, 0x02, 0x03
STATUS_OK = 0x00


class FilterWheelError(RuntimeError):
    pass


class FilterWheelLink:
    block_mode = modes.ECB

    def __init__(self, host: str, port: int, key: bytes, timeout: float = 5.0):
        if len(key) not in (16, 32):
            raise ValueError("controller key must be 128 or 256 bits")
        self._addr = (host, port)
        self._key = key
        self._timeout = timeout
        self._seq = 0

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), self.block_mode())

    def _transact(self, opcode: int, slot: int = 0) -> tuple[int, int, int]:
        self._seq = (self._seq + 1) & 0xFFFFFFFF
        enc = self._cipher().encryptor()
        frame = enc.update(FRAME.pack(opcode, slot, self._seq)) + enc.finalize()
        with socket.create_connection(self._addr, timeout=self._timeout) as sock:
            sock.sendall(frame)
            reply = sock.recv(FRAME.size)
        if len(reply) != FRAME.size:
            raise FilterWheelError("short reply from controller")
        dec = self._cipher().decryptor()
        status, position, seq = FRAME.unpack(dec.update(reply) + dec.finalize())
        if seq != self._seq:
            raise FilterWheelError(f"sequence mismatch: sent {self._seq}, got {seq}")
        return status, position, seq

    def home(self) -> None:
        status, _, _ = self._transact(OP_HOME)
        if status != STATUS_OK:
            raise FilterWheelError(f"homing failed with status {status:#04x}")

    def move_to(self, slot: int) -> int:
        if not 0 <= slot < 8:
            raise ValueError("filter wheel has 8 slots")
        status, position, _ = self._transact(OP_MOVE, slot)
        if status != STATUS_OK or position != slot:
            raise FilterWheelError(f"move to slot {slot} failed (at {position})")
        return position

    def position(self) -> int:
        _, position, _ = self._transact(OP_STATUS)
        return position
