import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from django.conf import settings


@dataclass
class ExportKeys:
    key: bytes
    iv: bytes


def load_export_keys() -> ExportKeys:
    return ExportKeys(
        key=bytes.fromhex(os.environ["EXPORT_KEY"]),
        iv=bytes.fromhex(os.environ["EXPORT_IV"]),
    )


def seal_export(rows: bytes, keys: ExportKeys) -> bytes:
    iv = keys.iv
    # ruleid: static-iv
    enc = Cipher(algorithms.AES(keys.key), modes.CTR(iv)).encryptor()
    return enc.update(rows) + enc.finalize()


def seal_export_fresh(rows: bytes, keys: ExportKeys) -> bytes:
    nonce = os.urandom(12)
    # ok: static-iv
    return nonce + AESGCM(keys.key).encrypt(nonce, rows, None)


@dataclass(frozen=True)
class LedgerCipherConfig:
    key: bytes
    iv: bytes
    block_bits: int = 128

    @classmethod
    def load(cls) -> "LedgerCipherConfig":
        return cls(
            key=base64.b64decode(settings.LEDGER_KEY),
            iv=base64.b64decode(settings.LEDGER_IV),
        )


class LedgerSealer:
    """The IV is read from the deployment's settings once, with the key."""

    def __init__(self, config: LedgerCipherConfig | None = None):
        self._cfg = config or LedgerCipherConfig.load()

    def _cipher(self) -> Cipher:
        # ruleid: static-iv
        return Cipher(algorithms.AES(self._cfg.key), modes.CBC(self._cfg.iv))

    def seal(self, text: str) -> bytes:
        padder = padding.PKCS7(self._cfg.block_bits).padder()
        data = padder.update(text.encode()) + padder.finalize()
        enc = self._cipher().encryptor()
        return enc.update(data) + enc.finalize()


@dataclass
class StoredBlob:
    iv: bytes
    body: bytes


def open_blob(blob: StoredBlob, cfg: LedgerCipherConfig) -> bytes:
    # the IV written with the blob, read back to decrypt it
    # ok: static-iv
    dec = Cipher(algorithms.AES(cfg.key), modes.CBC(blob.iv)).decryptor()
    return dec.update(blob.body) + dec.finalize()
