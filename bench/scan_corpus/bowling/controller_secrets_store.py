"""Encrypted store for pinsetter and scoring controller service passwords.

Mechanics need the controllers' service-menu passwords when swapping
boards. They are kept encrypted in the maintenance database; keys are
rotated yearly, so old rows are decrypted with any of the configured keys
and re-encrypted with the newest one.
"""
from __future__ import annotations

import os

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import ControllerCredential


def _keyring() -> MultiFernet:
    keys = [k.strip() for k in os.environ["CONTROLLER_VAULT_KEYS"].split(",") if k.strip()]
    if not keys:
        raise RuntimeError("CONTROLLER_VAULT_KEYS is empty")
    return MultiFernet([Fernet(k) for k in keys])


class ControllerSecrets:
    def __init__(self, db: Session, keyring: MultiFernet | None = None):
        self.db = db
        self.keyring = keyring or _keyring()

    def store(self, site_id: int, controller: str, password: str) -> None:
        row = ControllerCredential(
            site_id=site_id,
            controller=controller,
            ciphertext=self.keyring.encrypt(password.encode()),
        )
        self.db.merge(row)

    def reveal(self, site_id: int, controller: str) -> str | None:
        row = self.db.get(ControllerCredential, (site_id, controller))
        if row is None:
            return None
        try:
            return self.keyring.decrypt(row.ciphertext).decode()
        except InvalidToken:
            return None

    def rotate_all(self) -> int:
        rotated = 0
        for row in self.db.scalars(select(ControllerCredential)):
            row.ciphertext = self.keyring.rotate(row.ciphertext)
            rotated += 1
        return rotated
