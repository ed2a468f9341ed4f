"""Courier pickup codes.

When a courier arrives at the loading dock they quote a short code that the
duty technician checks before handing over the dry shipper. Codes are issued
per shipment and expire after the collection window closes.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import numpy as np

CODE_ALPHABET = np.array(list("ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))
CODE_LENGTH = 8
COLLECTION_WINDOW = timedelta(hours=6)

_rng = np.random.default_rng()


class PickupCodeService:
    def __init__(self, repository):
        self.repository = repository

    def _new_code(self) -> str:
        picks = _rng.choice(CODE_ALPHABET, size=CODE_LENGTH)
        return "".join(picks.tolist())

    def issue(self, shipment_id: str) -> dict:
        code = self._new_code()
        expires_at = datetime.now(timezone.utc) + COLLECTION_WINDOW
        self.repository.save_pickup_code(shipment_id, code, expires_at)
        return {"shipment_id": shipment_id, "code": code, "expires_at": expires_at.isoformat()}

    def revoke(self, shipment_id: str) -> None:
        self.repository.delete_pickup_code(shipment_id)
