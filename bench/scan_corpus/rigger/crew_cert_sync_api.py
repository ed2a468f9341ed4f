"""Internal endpoint the training provider's system calls to push crew
certification updates (IRATA, ETCP, PLASA NRC, LOLER competent person).
"""
import logging
import os
import secrets
from datetime import date
from enum import Enum

from flask import Blueprint, abort, jsonify, request

from .db import get_db

log = logging.getLogger(__name__)
bp = Blueprint("cert_sync", __name__)

SCHEMA_VERSION = "2"


class CertStatus(str, Enum):
    VALID = "valid"
    EXPIRED = "expired"
    SUSPENDED = "suspended"


def _require_service_token() -> None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    expected = os.environ["CERT_SYNC_TOKEN"]
    if scheme.lower() != "bearer" or not secrets.compare_digest(token.encode(), expected.encode()):
        abort(401)


@bp.post("/internal/cert-sync")
def cert_sync():
    _require_service_token()
    payload = request.get_json(force=True)
    if payload.get("schema_version") != SCHEMA_VERSION:
        abort(400, "unsupported schema version")

    db = get_db()
    updated = 0
    for cert in payload.get("certifications", []):
        status = CertStatus(cert["status"])
        expires = date.fromisoformat(cert["expires_on"])
        if status == CertStatus.VALID and expires < date.today():
            status = CertStatus.EXPIRED
        db.execute(
            "UPDATE crew_certifications SET status = ?, expires_on = ? "
            "WHERE crew_id = ? AND scheme = ?",
            (status.value, expires.isoformat(), cert["crew_id"], cert["scheme"]),
        )
        updated += 1
    db.commit()
    log.info("cert sync updated %d records", updated)
    return jsonify({"updated": updated})
