"""Register cashless readers and mint the device secret they use for transaction uploads."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone


@dataclass
class RegisteredReader:
    reader_id: uuid.UUID
    serial: str
    machine_id: str
    device_secret: str
    created_at: datetime


class ReaderRegistry:
    secret_bytes = 32

    def __init__(self, repo):
        self.repo = repo

    def register(self, serial: str, machine_id: str) -> RegisteredReader:
        if self.repo.exists(serial):
            raise ValueError(f"reader {serial} already registered")
        reader = RegisteredReader(
            reader_id=uuid.uuid4(),
            serial=serial,
            machine_id=machine_id,
            device_secret=secrets.token_urlsafe(self.secret_bytes),
            created_at=datetime.now(timezone.utc),
        )
        # only a digest is stored server side; the secret is shown once to the installer
        digest = hashlib.sha256(reader.device_secret.encode()).hexdigest()
        self.repo.save(reader.reader_id, serial, machine_id, digest)
        return reader
