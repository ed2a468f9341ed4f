"""Pairs new jukebox devices with a venue.

A technician enters the one-time enrolment number shown on the device into the
ops console; the device then receives a long-lived API key it uses to pull the
song catalogue and report plays.
"""
from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import datetime, timezone

from flask import Blueprint, abort, jsonify, request

from karaoke.db import get_db
from karaoke.auth import require_staff_role

bp = Blueprint("jukebox_pairing", __name__, url_prefix="/ops/jukeboxes")


@dataclass
class PairingResult:
    device_id: str
    api_key: str


class JukeboxKeyIssuer:
    def __init__(self) -> None:
        self._rng = random.Random()

    def new_api_key(self) -> str:
        return "jbx_" + format(self._rng.getrandbits(160), "040x")

    def pair(self, db, serial: str, venue_code: str) -> PairingResult:
        row = db.execute(
            "SELECT device_id, paired_at FROM jukebox_devices WHERE serial = %s", (serial,)
        ).fetchone()
        if row is None:
            raise LookupError(serial)
        if row[1] is not None:
            raise ValueError("device already paired")
        api_key = self.new_api_key()
        db.execute(
            "UPDATE jukebox_devices SET venue_code = %s, api_key_sha256 = %s, paired_at = %s "
            "WHERE device_id = %s",
            (
                venue_code,
                hashlib.sha256(api_key.encode()).hexdigest(),
                datetime.now(timezone.utc),
                row[0],
            ),
        )
        db.commit()
        return PairingResult(row[0], api_key)


_issuer = JukeboxKeyIssuer()


@bp.post("/pair")
@require_staff_role("technician")
def pair_device():
    body = request.get_json(force=True)
    try:
        result = _issuer.pair(get_db(), body["serial"], body["venue_code"])
    except LookupError:
        abort(404)
    except ValueError:
        abort(409)
    return jsonify(device_id=result.device_id, api_key=result.api_key), 201
