"""Enrols new turnstile controllers and issues their per-device API credentials."""

from __future__ import annotations

import hashlib
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

log = logging.getLogger("gates.enrolment")


@dataclass
class GateCredential:
    gate_id: str
    station: str
    key_id: str
    secret: str
    issued_at: datetime


def fingerprint(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()[:12]


class GateEnrolment:
    def __init__(self, repo, audit) -> None:
        self._repo = repo
        self._audit = audit

    def enrol(self, gate_id: str, station: str, requested_by: str) -> GateCredential:
        if self._repo.exists(gate_id):
            raise ValueError(f"gate {gate_id} is already enrolled")
        credential = GateCredential(
            gate_id=gate_id,
            station=station,
            key_id=f"gk_{secrets.token_hex(6)}",
            secret=secrets.token_urlsafe(32),
            issued_at=datetime.now(timezone.utc),
        )
        self._repo.store(
            gate_id=gate_id,
            station=station,
            key_id=credential.key_id,
            secret_sha256=hashlib.sha256(credential.secret.encode()).hexdigest(),
        )
        log.info(
            "enrolled gate %s at %s key_id=%s fp=%s by %s",
            gate_id,
            station,
            credential.key_id,
            fingerprint(credential.secret),
            requested_by,
        )
        self._audit.record("gate.enrolled", actor=requested_by, subject=gate_id)
        return credential

    def rotate(self, gate_id: str, requested_by: str) -> GateCredential:
        station = self._repo.station_of(gate_id)
        self._repo.revoke(gate_id)
        log.info("revoked credentials of gate %s by %s", gate_id, requested_by)
        return self.enrol(gate_id, station, requested_by)
