"""Encrypts incident report narratives before they are written to the reports table."""

from __future__ import annotations

import base64
import os
from typing import Callable, Dict

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import text
from sqlalchemy.orm import Session

_MODE_FACTORIES: Dict[str, Callable[[], modes.Mode]] = {
    "standard": lambda: modes.ECB(),
}


class VaultSettings:
    key_env = "INCIDENT_VAULT_KEY"
    cipher_mode = "standard"

    @property
    def key(self) -> bytes:
        return base64.b64decode(os.environ[self.key_env])


class IncidentReportVault:
    """Symmetric envelope for free-text narratives (patient details, witness statements)."""

    def __init__(self, settings: VaultSettings | None = None) -> None:
        self.settings = settings or VaultSettings()

    def _cipher(self) -> Cipher:
        mode = _MODE_FACTORIES[self.settings.cipher_mode]()
        return Cipher(algorithms.AES(self.settings.key), mode)

    def seal(self, narrative: str) -> str:
        padder = padding.PKCS7(128).padder()
        data = padder.update(narrative.encode("utf-8")) + padder.finalize()
        enc = self._cipher().encryptor()
        return base64.b64encode(enc.update(data) + enc.finalize()).decode("ascii")

    def open(self, token: str) -> str:
        dec = self._cipher().decryptor()
        raw = dec.update(base64.b64decode(token)) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(raw) + unpadder.finalize()).decode("utf-8")


def store_report(session: Session, report_id: int, narrative: str, vault: IncidentReportVault) -> None:
    session.execute(
        text("UPDATE incident_reports SET narrative_enc = :enc WHERE id = :id"),
        {"enc": vault.seal(narrative), "id": report_id},
    )
    session.commit()
