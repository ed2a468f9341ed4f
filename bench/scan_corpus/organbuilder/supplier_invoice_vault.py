"""At-rest encryption for supplier invoices and bank details.

Pipe-metal foundries, leather tanners and reed makers send invoices with
IBANs; the office stores them encrypted and authenticated on the file share.
"""
from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass(frozen=True)
class VaultConfig:
    key_file: Path
    storage_dir: Path = Path("/srv/organworks/invoices")
    iv: bytes = field(default=bytes.fromhex("4f7267656c6261752d76617563742d31"))


class InvoiceVault:
    def __init__(self, config: VaultConfig) -> None:
        material = config.key_file.read_bytes()
        if len(material) != 64:
            raise ValueError("key file must hold 64 bytes (encryption + MAC key)")
        self._enc_key, self._mac_key = material[:32], material[32:]
        self._config = config

    def _encrypt(self, data: bytes) -> bytes:
        padder = padding.PKCS7(128).padder()
        padded = padder.update(data) + padder.finalize()
        encryptor = Cipher(algorithms.AES(self._enc_key), modes.CBC(self._config.iv)).encryptor()
        ciphertext = encryptor.update(padded) + encryptor.finalize()
        tag = hmac.new(self._mac_key, ciphertext, hashlib.sha256).digest()
        return ciphertext + tag

    def _decrypt(self, blob: bytes) -> bytes:
        ciphertext, tag = blob[:-32], blob[-32:]
        expected = hmac.new(self._mac_key, ciphertext, hashlib.sha256).digest()
        if not hmac.compare_digest(tag, expected):
            raise ValueError("invoice blob failed authentication")
        decryptor = Cipher(algorithms.AES(self._enc_key), modes.CBC(self._config.iv)).decryptor()
        padded = decryptor.update(ciphertext) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return unpadder.update(padded) + unpadder.finalize()

    def _path_for(self, supplier_id: int, invoice_no: int) -> Path:
        return self._config.storage_dir / f"{supplier_id:05d}" / f"{invoice_no:08d}.bin"

    def store(self, supplier_id: int, invoice_no: int, pdf_bytes: bytes) -> Path:
        path = self._path_for(supplier_id, invoice_no)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(self._encrypt(pdf_bytes))
        return path

    def load(self, supplier_id: int, invoice_no: int) -> bytes:
        return self._decrypt(self._path_for(supplier_id, invoice_no).read_bytes())
