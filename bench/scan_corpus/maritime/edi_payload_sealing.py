"""Authenticated encryption for EDI payloads (COPRAR/COARRI) sent to the partner exchange."""
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_LEN = 12
AAD_PREFIX = b"edi-exchange/v1/"


class PayloadSealer:
    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("expected a 256-bit key")
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls, var: str = "EDI_EXCHANGE_KEY") -> "PayloadSealer":
        return cls(bytes.fromhex(os.environ[var]))

    def seal(self, message_type: str, payload: bytes) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        ct = self._aead.encrypt(nonce, payload, AAD_PREFIX + message_type.encode())
        return nonce + ct

    def open(self, message_type: str, blob: bytes) -> bytes:
        nonce, ct = blob[:NONCE_LEN], blob[NONCE_LEN:]
        return self._aead.decrypt(nonce, ct, AAD_PREFIX + message_type.encode())


def seal_directory(sealer: PayloadSealer, message_type: str, src: str, dst: str) -> int:
    count = 0
    for entry in os.scandir(src):
        if not entry.is_file() or not entry.name.endswith(".edi"):
            continue
        with open(entry.path, "rb") as fh:
            blob = sealer.seal(message_type, fh.read())
        with open(os.path.join(dst, entry.name + ".sealed"), "wb") as out:
            out.write(blob)
        count += 1
    return count
