"""Encrypts car setup sheets before they are synced to the factory file share."""
from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass, field
from typing import Any, Callable, Dict

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

MODE_FACTORIES: Dict[str, Callable[[], modes.Mode]] = {
    "block": lambda: modes.ECB(),
}


@dataclass
class VaultConfig:
    key_env: str = "SETUP_VAULT_KEY"
    mode: str = "block"
    extra_meta: Dict[str, str] = field(default_factory=dict)

    def key(self) -> bytes:
        return base64.b64decode(os.environ[self.key_env])


class SetupSheetVault:
    """Seals and opens JSON setup sheets (ride heights, wing angles, damper clicks)."""

    def __init__(self, config: VaultConfig | None = None) -> None:
        self.config = config or VaultConfig()
        self._key = self.config.key()

    def _cipher(self) -> Cipher:
        mode = MODE_FACTORIES[self.config.mode]()
        return Cipher(algorithms.AES(self._key), mode)

    def seal(self, sheet: Dict[str, Any]) -> str:
        raw = json.dumps(sheet, sort_keys=True).encode("utf-8")
        padder = padding.PKCS7(128).padder()
        padded = padder.update(raw) + padder.finalize()
        encryptor = self._cipher().encryptor()
        blob = encryptor.update(padded) + encryptor.finalize()
        return base64.b64encode(blob).decode("ascii")

    def open(self, token: str) -> Dict[str, Any]:
        decryptor = self._cipher().decryptor()
        padded = decryptor.update(base64.b64decode(token)) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        raw = unpadder.update(padded) + unpadder.finalize()
        return json.loads(raw)


def seal_directory(path: str, vault: SetupSheetVault) -> int:
    """Seal every *.json sheet in a folder into a matching *.sealed file."""
    count = 0
    for name in sorted(os.listdir(path)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(path, name), encoding="utf-8") as fh:
            sheet = json.load(fh)
        with open(os.path.join(path, name[:-5] + ".sealed"), "w", encoding="ascii") as out:
            out.write(vault.seal(sheet))
        count += 1
    return count
