"""Audit trail for station credential use at the ingest hub.

Station credentials have the form ``<key_id>.<secret>``. Only the key id is
ever written to the audit log; the secret part is checked against the stored
hash and then discarded.
"""
from __future__ import annotations

import hashlib
import hmac
import logging

audit = logging.getLogger("ingest.audit")


def split_credential(credential: str) -> tuple[str, str]:
    key_id, sep, secret = credential.partition(".")
    if not sep or not key_id or not secret:
        raise ValueError("malformed station credential")
    return key_id, secret


def check_credential(store, station_id: str, credential: str, peer: str) -> bool:
    try:
        key_id, secret = split_credential(credential)
    except ValueError:
        audit.warning("malformed credential for station=%s from %s", station_id, peer)
        return False
    record = store.lookup(key_id)
    presented = hashlib.sha256(secret.encode()).hexdigest()
    ok = (
        record is not None
        and record.station_id == station_id
        and not record.revoked
        and hmac.compare_digest(presented, record.secret_sha256)
    )
    if ok:
        audit.info("station=%s key_id=%s authenticated from %s", station_id, key_id, peer)
    else:
        audit.warning("station=%s key_id=%s rejected from %s", station_id, key_id, peer)
    return ok
