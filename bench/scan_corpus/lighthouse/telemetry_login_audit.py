"""Audit trail for telemetry station logins at the central ingest gateway."""
from __future__ import annotations

import hashlib
import hmac
import logging
from dataclasses import dataclass
from datetime import datetime, timezone

from flask import Flask, abort, g, request

audit = logging.getLogger("ingest.audit")
app = Flask(__name__)


@dataclass
class StationCredential:
    station_code: str
    key_digest: str
    active: bool


def key_fingerprint(api_key: str) -> str:
    """Short non-reversible identifier so operators can tell keys apart in the audit log."""
    return hashlib.sha256(api_key.encode("utf-8")).hexdigest()[:10]


def lookup_credential(station_code: str) -> StationCredential | None:
    row = g.db.execute(
        "SELECT station_code, key_digest, active FROM station_credential WHERE station_code = ?",
        (station_code,),
    ).fetchone()
    return StationCredential(*row) if row else None


@app.before_request
def authenticate_station() -> None:
    station = request.headers.get("X-Station-Code", "")
    api_key = request.headers.get("X-Station-Key", "")
    cred = lookup_credential(station)
    now = datetime.now(timezone.utc).isoformat()
    if cred is None or not cred.active:
        audit.warning("%s login refused station=%s reason=unknown-or-retired", now, station)
        abort(401)
    presented = hashlib.sha256(api_key.encode("utf-8")).hexdigest()
    if not _digests_match(presented, cred.key_digest):
        audit.warning("%s login refused station=%s key_fp=%s", now, station, key_fingerprint(api_key))
        abort(401)
    audit.info("%s login accepted station=%s from=%s", now, station, request.remote_addr)
    g.station = cred.station_code


def _digests_match(a: str, b: str) -> bool:
    return hmac.compare_digest(a, b)
