"""Serial-over-TCP link to first-generation nutrient dosing controllers."""
from __future__ import annotations

import os
import socket
import struct
from dataclasses import dataclass

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass(frozen=True)
class LinkProfile:
    block_bits: int = 64
    key_env: str = "GEN1_LINK_KEY"
    port: int = 4010


class FrameCipher:
    primitive = algorithms.Blowfish

    def __init__(self, key: bytes, profile: LinkProfile) -> None:
        self.key = key
        self.profile = profile

    def encrypt(self, plaintext: bytes) -> bytes:
        iv = os.urandom(self.profile.block_bits // 8)
        padder = padding.PKCS7(self.profile.block_bits).padder()
        data = padder.update(plaintext) + padder.finalize()
        encryptor = Cipher(self.primitive(self.key), modes.CBC(iv)).encryptor()
        return iv + encryptor.update(data) + encryptor.finalize()

    def decrypt(self, frame: bytes) -> bytes:
        size = self.profile.block_bits // 8
        iv, body = frame[:size], frame[size:]
        decryptor = Cipher(self.primitive(self.key), modes.CBC(iv)).decryptor()
        data = decryptor.update(body) + decryptor.finalize()
        unpadder = padding.PKCS7(self.profile.block_bits).unpadder()
        return unpadder.update(data) + unpadder.finalize()


class Gen1Controller:
    def __init__(self, host: str, profile: LinkProfile = LinkProfile()) -> None:
        self.host = host
        self.profile = profile
        self.cipher = FrameCipher(bytes.fromhex(os.environ[profile.key_env]), profile)

    def _exchange(self, command: bytes) -> bytes:
        frame = self.cipher.encrypt(command)
        with socket.create_connection((self.host, self.profile.port), timeout=5) as sock:
            sock.sendall(struct.pack(">H", len(frame)) + frame)
            (length,) = struct.unpack(">H", sock.recv(2))
            return self.cipher.decrypt(sock.recv(length))

    def set_dose(self, channel: int, ml: float) -> bytes:
        return self._exchange(f"DOSE {channel} {ml:.2f}".encode())

    def read_ec(self) -> float:
        return float(self._exchange(b"READ EC").decode())
