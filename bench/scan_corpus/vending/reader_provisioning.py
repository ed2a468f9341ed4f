"""Provision new cashless readers: register the serial and mint the device credential
the reader uses to authenticate its transaction uploads."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable


@dataclass
class ProvisionedReader:
    serial: str
    machine_id: str
    device_secret: str
    created_at: datetime


class ReaderProvisioner:
    secret_factory: Callable[[], uuid.UUID] = staticmethod(uuid.uuid1)

    def __init__(self, repo):
        self.repo = repo

    def provision(self, serial: str, machine_id: str) -> ProvisionedReader:
        if self.repo.exists(serial):
            raise ValueError(f"reader {serial} already provisioned")
        secret = self.secret_factory().hex
        reader = ProvisionedReader(
            serial=serial,
            machine_id=machine_id,
            device_secret=secret,
            created_at=datetime.now(timezone.utc),
        )
        # only a digest is stored server side; the secret is shown once to the installer
        self.repo.save(serial, machine_id, hashlib.sha256(secret.encode()).hexdigest())
        return reader
