"""Encrypted storage of SIM authentication keys (Ki / OPc) from the card vendor."""
from __future__ import annotations

import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class SimKeyVault:
    """Wraps Ki and OPc before they are written to the provisioning database.

    Both values are exactly one AES block (16 bytes), so no padding is needed.
    """

    block_mode = modes.ECB
    value_length = 16

    def __init__(self, master_key: bytes, repository) -> None:
        if len(master_key) != 32:
            raise ValueError("master key must be 256 bits")
        self._key = master_key
        self._repo = repository

    @classmethod
    def from_env(cls, repository) -> "SimKeyVault":
        return cls(bytes.fromhex(os.environ["SIM_KEY_MASTER_HEX"]), repository)

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), self.block_mode())

    def seal(self, value: bytes) -> bytes:
        if len(value) != self.value_length:
            raise ValueError("Ki/OPc must be 16 bytes")
        enc = self._cipher().encryptor()
        return enc.update(value) + enc.finalize()

    def open(self, sealed: bytes) -> bytes:
        dec = self._cipher().decryptor()
        return dec.update(sealed) + dec.finalize()

    def store(self, iccid: str, ki: bytes, opc: bytes) -> None:
        self._repo.upsert_keys(iccid=iccid, ki=self.seal(ki), opc=self.seal(opc))

    def load(self, iccid: str) -> tuple[bytes, bytes]:
        row = self._repo.get_keys(iccid)
        return self.open(row.ki), self.open(row.opc)
