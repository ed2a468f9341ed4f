"""Rotates the bearer tokens that the gateway uses for each winding controller.

Tokens are rotated monthly.  The new token is pushed to the controller over
its current authenticated session, then stored in the registry.
"""
from __future__ import annotations

import hashlib
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

import requests

log = logging.getLogger("clocktower.controllers.rotation")


@dataclass
class ControllerRecord:
    tower_code: str
    base_url: str
    token: str
    ca_bundle: str


def fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()[:10]


def rotate_token(record: ControllerRecord, registry) -> ControllerRecord:
    new_token = secrets.token_urlsafe(32)
    resp = requests.post(
        f"{record.base_url.rstrip('/')}/api/v1/credentials/rotate",
        json={"token": new_token},
        headers={"Authorization": f"Bearer {record.token}"},
        verify=record.ca_bundle,
        timeout=15,
    )
    resp.raise_for_status()
    registry.store_token(record.tower_code, new_token, rotated_at=datetime.now(timezone.utc))
    old_fp, new_fp = fingerprint(record.token), fingerprint(new_token)
    log.info("rotated token for %s: %s -> %s", record.tower_code, old_fp, new_fp)
    return ControllerRecord(record.tower_code, record.base_url, new_token, record.ca_bundle)


def rotate_all(registry) -> tuple[int, int]:
    ok = failed = 0
    for record in registry.controllers_due_for_rotation():
        try:
            rotate_token(record, registry)
            ok += 1
        except requests.RequestException as exc:
            failed += 1
            log.error("token rotation for %s failed: %s", record.tower_code, type(exc).__name__)
    return ok, failed
