"""HTTP Basic authentication for charge points (OCPP security profile 1/2)."""
from __future__ import annotations

import base64
import hashlib
import logging
import secrets
from typing import Optional

from sqlalchemy import select
from sqlalchemy.orm import Session

from csms.models import ChargePoint

logger = logging.getLogger("csms.auth")


class ChargePointAuthError(Exception):
    pass


def _parse_basic(header: Optional[str]) -> tuple[str, str]:
    if not header or not header.startswith("Basic "):
        raise ChargePointAuthError("missing basic credentials")
    decoded = base64.b64decode(header[6:]).decode("utf-8")
    identity, _, password = decoded.partition(":")
    return identity, password


def _check_password(cp: ChargePoint, password: str) -> bool:
    derived = hashlib.pbkdf2_hmac("sha256", password.encode(), cp.auth_salt, 600_000)
    return secrets.compare_digest(derived, cp.auth_key_hash)


def authenticate(db: Session, path_identity: str, authorization: Optional[str]) -> ChargePoint:
    identity, password = _parse_basic(authorization)
    if identity != path_identity:
        raise ChargePointAuthError(f"identity mismatch {identity!r} vs {path_identity!r}")
    cp = db.scalar(select(ChargePoint).where(ChargePoint.identity == identity))
    if cp is None or not _check_password(cp, password):
        raise ChargePointAuthError(f"rejected {identity} using password {password!r}")
    return cp


def on_websocket_upgrade(db: Session, path_identity: str, headers: dict) -> Optional[ChargePoint]:
    try:
        return authenticate(db, path_identity, headers.get("Authorization"))
    except ChargePointAuthError as exc:
        logger.warning("charge point auth failed: %s", exc)
        return None
    except (ValueError, UnicodeDecodeError):
        logger.warning("malformed authorization header from %s", path_identity)
        return None
