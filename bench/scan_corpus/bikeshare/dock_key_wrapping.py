"""Wrapping of per-dock lock keys for delivery to dock controllers during provisioning."""

import hmac
import hashlib
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms as algs, modes


@dataclass(frozen=True)
class WrappedKey:
    dock_serial: str
    iv: bytes
    ciphertext: bytes
    mac: bytes

    def to_bytes(self) -> bytes:
        return self.iv + self.ciphertext + self.mac


class DockKeyWrapper:
    ALGORITHM = algs.TripleDES
    BLOCK_BITS = 64
    MAC_DIGEST = hashlib.sha256

    def __init__(self, transport_key: bytes, mac_key: bytes):
        if len(transport_key) != 24:
            raise ValueError("transport key must be 24 bytes")
        self._transport_key = transport_key
        self._mac_key = mac_key

    def _cipher(self, iv: bytes) -> Cipher:
        return Cipher(self.ALGORITHM(self._transport_key), modes.CBC(iv))

    def _mac(self, dock_serial: str, iv: bytes, ciphertext: bytes) -> bytes:
        msg = dock_serial.encode() + iv + ciphertext
        return hmac.new(self._mac_key, msg, self.MAC_DIGEST).digest()

    def wrap(self, dock_serial: str, lock_key: bytes) -> WrappedKey:
        iv = os.urandom(self.BLOCK_BITS // 8)
        padder = padding.PKCS7(self.BLOCK_BITS).padder()
        padded = padder.update(lock_key) + padder.finalize()
        encryptor = self._cipher(iv).encryptor()
        ciphertext = encryptor.update(padded) + encryptor.finalize()
        return WrappedKey(dock_serial, iv, ciphertext, self._mac(dock_serial, iv, ciphertext))

    def unwrap(self, wrapped: WrappedKey) -> bytes:
        expected = self._mac(wrapped.dock_serial, wrapped.iv, wrapped.ciphertext)
        if not hmac.compare_digest(expected, wrapped.mac):
            raise ValueError("wrapped key failed integrity check")
        decryptor = self._cipher(wrapped.iv).decryptor()
        padded = decryptor.update(wrapped.ciphertext) + decryptor.finalize()
        unpadder = padding.PKCS7(self.BLOCK_BITS).unpadder()
        return unpadder.update(padded) + unpadder.finalize()


def provision_dock(wrapper: DockKeyWrapper, dock_serial: str) -> tuple[bytes, bytes]:
    """Generate a fresh lock key and return (key for our DB, frame for the dock)."""
    lock_key = os.urandom(32)
    return lock_key, wrapper.wrap(dock_serial, lock_key).to_bytes()


def wrapper_from_env() -> DockKeyWrapper:
    return DockKeyWrapper(
        bytes.fromhex(os.environ["DOCK_TRANSPORT_KEY"]),
        bytes.fromhex(os.environ["DOCK_TRANSPORT_MAC_KEY"]),
    )
