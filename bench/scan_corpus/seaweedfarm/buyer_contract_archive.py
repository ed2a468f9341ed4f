"""Archives signed buyer contracts to the document share.

Contracts are PDF files. Before they are copied to the shared archive
volume they are encrypted with the commercial team's archive key.
"""
from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, modes


class ArchiveCipherSuite:
    def __init__(self, key: bytes) -> None:
        self._key = key

    @property
    def algorithm(self):
        return TripleDES(self._key)

    @property
    def block_size(self) -> int:
        return self.algorithm.block_size

    def cipher(self, iv: bytes) -> Cipher:
        return Cipher(self.algorithm, modes.CBC(iv))


class ContractArchiver:
    suffix = ".pdf.enc"

    def __init__(self, archive_root: Path, key: bytes | None = None) -> None:
        self._root = archive_root
        self._suite = ArchiveCipherSuite(key or bytes.fromhex(os.environ["CONTRACT_ARCHIVE_KEY"]))

    def _encrypt(self, data: bytes) -> bytes:
        iv = os.urandom(self._suite.block_size // 8)
        padder = padding.PKCS7(self._suite.block_size).padder()
        padded = padder.update(data) + padder.finalize()
        enc = self._suite.cipher(iv).encryptor()
        return iv + enc.update(padded) + enc.finalize()

    def archive(self, contract_pdf: Path, buyer_code: str, season: int) -> Path:
        target_dir = self._root / str(season) / buyer_code
        target_dir.mkdir(parents=True, exist_ok=True)
        target = target_dir / (contract_pdf.stem + self.suffix)
        target.write_bytes(self._encrypt(contract_pdf.read_bytes()))
        return target

    def restore(self, archived: Path) -> bytes:
        blob = archived.read_bytes()
        iv_len = self._suite.block_size // 8
        iv, body = blob[:iv_len], blob[iv_len:]
        dec = self._suite.cipher(iv).decryptor()
        padded = dec.update(body) + dec.finalize()
        unpadder = padding.PKCS7(self._suite.block_size).unpadder()
        return unpadder.update(padded) + unpadder.finalize()
