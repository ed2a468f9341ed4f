"""Encrypted storage for staff right-to-work scans collected during onboarding."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
FORMAT_VERSION = b"v1"


@dataclass(frozen=True)
class VaultSettings:
    root: Path
    key: bytes

    @classmethod
    def from_env(cls) -> "VaultSettings":
        key = base64.urlsafe_b64decode(os.environ["STAFF_DOC_VAULT_KEY"])
        if len(key) != 32:
            raise RuntimeError("STAFF_DOC_VAULT_KEY must decode to 32 bytes")
        return cls(root=Path(os.environ.get("STAFF_DOC_VAULT_DIR", "/srv/puttpalace/staff-docs")), key=key)


class StaffDocumentVault:
    def __init__(self, settings: VaultSettings) -> None:
        self._root = settings.root
        self._aead = AESGCM(settings.key)

    def _path(self, employee_no: int, doc_kind: str) -> Path:
        if doc_kind not in {"passport", "visa", "share_code", "birth_certificate"}:
            raise ValueError(f"unsupported document kind {doc_kind}")
        return self._root / f"{employee_no:06d}" / f"{doc_kind}.bin"

    def store(self, employee_no: int, doc_kind: str, content: bytes) -> Path:
        nonce = os.urandom(NONCE_BYTES)
        aad = FORMAT_VERSION + f"{employee_no}:{doc_kind}".encode("ascii")
        blob = FORMAT_VERSION + nonce + self._aead.encrypt(nonce, content, aad)
        path = self._path(employee_no, doc_kind)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        path.write_bytes(blob)
        path.chmod(0o600)
        return path

    def load(self, employee_no: int, doc_kind: str) -> bytes:
        blob = self._path(employee_no, doc_kind).read_bytes()
        version, nonce, ciphertext = blob[:2], blob[2:2 + NONCE_BYTES], blob[2 + NONCE_BYTES:]
        if version != FORMAT_VERSION:
            raise ValueError("unknown vault format")
        aad = version + f"{employee_no}:{doc_kind}".encode("ascii")
        return self._aead.decrypt(nonce, ciphertext, aad)

    def purge(self, employee_no: int) -> int:
        folder = self._root / f"{employee_no:06d}"
        removed = 0
        if folder.is_dir():
            for item in folder.glob("*.bin"):
                item.unlink()
                removed += 1
            folder.rmdir()
        return removed
