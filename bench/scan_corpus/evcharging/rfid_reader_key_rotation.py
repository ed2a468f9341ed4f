"""Rotate the symmetric keys that charge point RFID readers use to authenticate cards."""
from __future__ import annotations

import hashlib
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

from cryptography.hazmat.primitives.keywrap import aes_key_wrap

log = logging.getLogger("rfid.rotation")


def key_fingerprint(key: bytes) -> str:
    return hashlib.sha256(b"vg-reader-key:" + key).hexdigest()[:16]


@dataclass
class RotationResult:
    charge_point_id: str
    key_version: int
    fingerprint: str
    rotated_at: datetime


class ReaderKeyRotator:
    def __init__(self, kek: bytes, ocpp_gateway, key_store) -> None:
        self._kek = kek
        self._gateway = ocpp_gateway
        self._store = key_store

    def rotate(self, charge_point_id: str) -> RotationResult:
        current = self._store.current_version(charge_point_id)
        new_key = secrets.token_bytes(16)
        wrapped = aes_key_wrap(self._kek, new_key)
        self._gateway.data_transfer(
            charge_point_id,
            vendor_id="com.voltgrid",
            message_id="SetReaderKey",
            data={"version": current + 1, "wrapped_key": wrapped.hex()},
        )
        self._store.save(charge_point_id, current + 1, wrapped)
        fingerprint = key_fingerprint(new_key)
        log.info("reader key for %s rotated to v%d (fingerprint %s)",
                 charge_point_id, current + 1, fingerprint)
        return RotationResult(charge_point_id, current + 1, fingerprint,
                              datetime.now(timezone.utc))

    def rotate_all(self, charge_point_ids: list[str]) -> list[RotationResult]:
        results = []
        for cp_id in charge_point_ids:
            try:
                results.append(self.rotate(cp_id))
            except TimeoutError:
                log.warning("charge point %s did not answer SetReaderKey", cp_id)
        return results
