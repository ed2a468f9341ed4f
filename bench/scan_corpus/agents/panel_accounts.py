"""Accounts for the scraper control panel: human operators and API clients."""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import ApiClient, Operator

# Operator passwords
PBKDF2_DIGEST = "sha256"
PBKDF2_ITERATIONS = 600_000
SALT_LEN = 16

# API keys are random 256-bit tokens, so a plain digest is enough for lookup.
API_KEY_PREFIX = "scp_"


def hash_password(password: str, salt: bytes | None = None) -> tuple[bytes, bytes]:
    salt = salt if salt is not None else os.urandom(SALT_LEN)
    dk = hashlib.pbkdf2_hmac(PBKDF2_DIGEST, password.encode("utf-8"), salt, PBKDF2_ITERATIONS)
    return salt, dk


def set_operator_password(db: Session, operator: Operator, password: str) -> None:
    operator.pw_salt, operator.pw_hash = hash_password(password)
    db.commit()


def check_operator_password(db: Session, email: str, password: str) -> Operator | None:
    operator = db.scalar(select(Operator).where(Operator.email == email))
    if operator is None:
        return None
    _, dk = hash_password(password, operator.pw_salt)
    return operator if hmac.compare_digest(dk, operator.pw_hash) else None


def issue_api_key(db: Session, client_name: str) -> str:
    raw = API_KEY_PREFIX + secrets.token_urlsafe(32)
    digest = hashlib.sha256(raw.encode("ascii")).hexdigest()
    db.add(ApiClient(name=client_name, key_sha256=digest))
    db.commit()
    return raw


def lookup_api_client(db: Session, presented: str) -> ApiClient | None:
    if not presented.startswith(API_KEY_PREFIX):
        return None
    digest = hashlib.sha256(presented.encode("ascii", "replace")).hexdigest()
    return db.scalar(select(ApiClient).where(ApiClient.key_sha256 == digest))
