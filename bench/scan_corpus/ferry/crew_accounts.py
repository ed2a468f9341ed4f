"""Crew account management for the rostering back office.

Deck and catering crew log in to the rostering portal to view their
rotations and request shift swaps. Password storage goes through a passlib
CryptContext so that we can migrate schemes later without forcing a reset.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

from passlib.context import CryptContext

from roster.db import get_connection

log = logging.getLogger(__name__)

PASSWORD_SCHEMES = ["pbkdf2_sha256"]
PBKDF2_ROUNDS = 29000
MIN_PASSWORD_LENGTH = 12


pwd_context = CryptContext(schemes=PASSWORD_SCHEMES, deprecated="auto", pbkdf2_sha256__default_rounds=PBKDF2_ROUNDS)


@dataclass
class CrewAccount:
    crew_id: str
    email: str
    password_hash: str
    active: bool = True


def create_account(crew_id: str, email: str, password: str) -> CrewAccount:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
    account = CrewAccount(crew_id=crew_id, email=email.lower(),
                          password_hash=pwd_context.hash(password))
    with get_connection() as conn:
        conn.execute(
            "INSERT INTO crew_accounts (crew_id, email, password_hash) VALUES (%s, %s, %s)",
            (account.crew_id, account.email, account.password_hash),
        )
    log.info("created rostering account for crew member %s", crew_id)
    return account


def authenticate(email: str, password: str) -> Optional[CrewAccount]:
    with get_connection() as conn:
        row = conn.execute(
            "SELECT crew_id, email, password_hash, active FROM crew_accounts WHERE email = %s",
            (email.lower(),),
        ).fetchone()
        if row is None or not row["active"]:
            return None
        ok, new_hash = pwd_context.verify_and_update(password, row["password_hash"])
        if not ok:
            log.info("failed rostering login for %s", row["crew_id"])
            return None
        if new_hash:
            conn.execute(
                "UPDATE crew_accounts SET password_hash = %s WHERE crew_id = %s",
                (new_hash, row["crew_id"]),
            )
    return CrewAccount(row["crew_id"], row["email"], new_hash or row["password_hash"], True)
