"""Walker onboarding: account credentials and background-check document intake."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError, InvalidHashError

DOCUMENT_ROOT = Path("/srv/dogwalk/onboarding")


@dataclass
class WalkerOnboarding:
    walker_id: int
    email: str
    password_hash: str = ""
    documents: dict[str, str] = field(default_factory=dict)


class WalkerCredentialService:
    """Keeps walker passwords and fingerprints the uploaded vetting paperwork."""

    def __init__(self) -> None:
        self._hasher = PasswordHasher()

    def set_password(self, walker: WalkerOnboarding, password: str) -> None:
        if len(password) < 12:
            raise ValueError("password must have at least 12 characters")
        walker.password_hash = self._hasher.hash(password)

    def check_password(self, walker: WalkerOnboarding, password: str) -> bool:
        try:
            self._hasher.verify(walker.password_hash, password)
        except (VerificationError, InvalidHashError):
            return False
        if self._hasher.check_needs_rehash(walker.password_hash):
            walker.password_hash = self._hasher.hash(password)
        return True

    @staticmethod
    def fingerprint(path: Path) -> str:
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(65536), b""):
                digest.update(chunk)
        return digest.hexdigest()

    def attach_document(self, walker: WalkerOnboarding, kind: str, data: bytes) -> str:
        if kind not in {"background_check", "insurance", "first_aid"}:
            raise ValueError(f"unknown document kind: {kind}")
        folder = DOCUMENT_ROOT / str(walker.walker_id)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{kind}.pdf"
        target.write_bytes(data)
        walker.documents[kind] = self.fingerprint(target)
        return walker.documents[kind]

    def document_unchanged(self, walker: WalkerOnboarding, kind: str) -> bool:
        target = DOCUMENT_ROOT / str(walker.walker_id) / f"{kind}.pdf"
        return walker.documents.get(kind) == self.fingerprint(target)
