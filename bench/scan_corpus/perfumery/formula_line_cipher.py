"""Field-level encryption for formula lines stored in the vault database.

Each formula line (material code, parts per thousand, dilution) is serialised
to JSON and encrypted before it reaches PostgreSQL.
"""
from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad


@dataclass
class FormulaLine:
    material_code: str
    parts: float
    dilution_pct: float = 100.0


class FormulaLineCipher:
    """Encrypts and decrypts formula lines with the vault data key."""

    block_mode = AES.MODE_ECB

    def __init__(self, data_key: bytes) -> None:
        if len(data_key) not in (16, 24, 32):
            raise ValueError("vault data key must be 128, 192 or 256 bits")
        self._key = data_key

    @classmethod
    def from_environment(cls) -> "FormulaLineCipher":
        return cls(base64.b64decode(os.environ["VAULT_DATA_KEY"]))

    def _cipher(self):
        return AES.new(self._key, self.block_mode)

    def seal(self, line: FormulaLine) -> str:
        raw = json.dumps(asdict(line), sort_keys=True).encode("utf-8")
        sealed = self._cipher().encrypt(pad(raw, AES.block_size))
        return base64.b64encode(sealed).decode("ascii")

    def open(self, token: str) -> FormulaLine:
        raw = unpad(self._cipher().decrypt(base64.b64decode(token)), AES.block_size)
        return FormulaLine(**json.loads(raw))


def seal_formula(lines: list[FormulaLine], cipher: FormulaLineCipher | None = None) -> list[str]:
    """Encrypt every line of a formula for storage."""
    cipher = cipher or FormulaLineCipher.from_environment()
    return [cipher.seal(line) for line in lines]


def open_formula(tokens: list[str], cipher: FormulaLineCipher | None = None) -> list[FormulaLine]:
    """Decrypt stored formula lines for display in the perfumer workstation."""
    cipher = cipher or FormulaLineCipher.from_environment()
    return [cipher.open(token) for token in tokens]
