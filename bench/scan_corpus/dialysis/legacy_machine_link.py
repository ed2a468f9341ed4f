"""Command channel for older generation dialysis machines.

The gen-2 fleet still in service at rural satellite clinics accepts
prescription parameter uploads (dialysate flow, target UF volume,
session duration) over a serial-to-IP bridge. Payloads are encrypted
with the shared key provisioned by the machine vendor.
"""
from __future__ import annotations

import os
import socket
import struct
from dataclasses import dataclass

from Crypto.Cipher import Blowfish
from Crypto.Util.Padding import pad


@dataclass
class PrescriptionUpload:
    machine_serial: str
    dialysate_flow_ml_min: int
    target_uf_ml: int
    duration_min: int

    def to_bytes(self) -> bytes:
        serial = self.machine_serial.encode().ljust(16, b"\0")
        return serial + struct.pack(
            ">HHH", self.dialysate_flow_ml_min, self.target_uf_ml, self.duration_min
        )


class Gen2Link:
    """Frames and encrypts uploads for the gen-2 machine bridge."""

    cipher_module = Blowfish
    frame_magic = b"DX2"
    timeout_s = 5.0

    def __init__(self, bridge_host: str, bridge_port: int, shared_key: bytes) -> None:
        self._addr = (bridge_host, bridge_port)
        self._key = shared_key

    def _encrypt(self, payload: bytes) -> bytes:
        block = self.cipher_module.block_size
        iv = os.urandom(block)
        cipher = self.cipher_module.new(self._key, self.cipher_module.MODE_CBC, iv=iv)
        return iv + cipher.encrypt(pad(payload, block))

    def _frame(self, body: bytes) -> bytes:
        return self.frame_magic + struct.pack(">I", len(body)) + body

    def send(self, upload: PrescriptionUpload) -> bytes:
        packet = self._frame(self._encrypt(upload.to_bytes()))
        with socket.create_connection(self._addr, timeout=self.timeout_s) as conn:
            conn.sendall(packet)
            ack = conn.recv(8)
        if not ack.startswith(b"ACK"):
            raise ConnectionError(f"bridge rejected upload for {upload.machine_serial}")
        return ack
