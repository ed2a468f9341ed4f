"""At-rest encryption for archived cartoons and cut-line design files."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

VAULT_PROFILE: dict[str, Any] = {
    "algorithm": algorithms.AES,
    "mode_factory": lambda: modes.ECB(),
    "block_bits": 128,
    "suffix": ".vault",
}


class DesignVault:
    """Stores finished design files encrypted under the studio archive key."""

    def __init__(self, root: Path, key: bytes, profile: dict[str, Any] | None = None) -> None:
        self.root = root
        self.key = key
        self.profile = {**VAULT_PROFILE, **(profile or {})}
        self.root.mkdir(parents=True, exist_ok=True)

    def _cipher(self) -> Cipher:
        algo = self.profile["algorithm"](self.key)
        return Cipher(algo, self.profile["mode_factory"]())

    def _target(self, design_name: str) -> Path:
        return self.root / f"{design_name}{self.profile['suffix']}"

    def seal(self, design_name: str, payload: bytes) -> Path:
        padder = padding.PKCS7(self.profile["block_bits"]).padder()
        padded = padder.update(payload) + padder.finalize()
        encryptor = self._cipher().encryptor()
        target = self._target(design_name)
        target.write_bytes(encryptor.update(padded) + encryptor.finalize())
        return target

    def unseal(self, design_name: str) -> bytes:
        decryptor = self._cipher().decryptor()
        raw = self._target(design_name).read_bytes()
        padded = decryptor.update(raw) + decryptor.finalize()
        unpadder = padding.PKCS7(self.profile["block_bits"]).unpadder()
        return unpadder.update(padded) + unpadder.finalize()

    @classmethod
    def from_env(cls, root: Path) -> "DesignVault":
        key = bytes.fromhex(os.environ["DESIGN_VAULT_KEY"])
        return cls(root, key)


if __name__ == "__main__":
    vault = DesignVault.from_env(Path("/srv/studio/archive"))
    for svg in Path("/srv/studio/outgoing").glob("*.svg"):
        vault.seal(svg.stem, svg.read_bytes())
