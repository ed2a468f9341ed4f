"""Encrypted envelopes for mutual-aid messages exchanged with neighbouring services.

Both services hold the shared Fernet key in their secrets stores; the
envelope carries a timestamp so stale requests can be rejected.
"""
import json
import os
from datetime import datetime, timezone

from cryptography.fernet import Fernet, InvalidToken

MAX_AGE_S = 15 * 60


class EnvelopeError(Exception):
    pass


def _fernet() -> Fernet:
    return Fernet(os.environ["MUTUAL_AID_FERNET_KEY"].encode("ascii"))


def build_request(incident_ref: str, category: str, resources: int, rv_point: str) -> dict:
    return {
        "type": "MUTUAL_AID_REQUEST",
        "incident_ref": incident_ref,
        "category": category,
        "resources_requested": resources,
        "rendezvous": rv_point,
        "sent_at": datetime.now(timezone.utc).isoformat(),
    }


def seal(message: dict) -> bytes:
    return _fernet().encrypt(json.dumps(message).encode("utf-8"))


def open_envelope(token: bytes) -> dict:
    try:
        return json.loads(_fernet().decrypt(token, ttl=MAX_AGE_S))
    except InvalidToken as exc:
        raise EnvelopeError("envelope rejected") from exc
