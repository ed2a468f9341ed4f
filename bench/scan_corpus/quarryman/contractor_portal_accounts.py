"""Account storage for the haulage contractor self-service portal.

Haulage contractors log in to see their booked loading slots, download
weighbridge tickets for their lorries and keep driver details up to date.
This module owns the account table and the login check.
"""

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field

import psycopg


class PortalSettings:
    DSN_ENV = "CONTRACTOR_PORTAL_DSN"
    HASH_NAME = "sha256"
    KDF_ROUNDS = 120_000
    SALT_BYTES = 16


@dataclass
class ContractorAccount:
    email: str
    company: str
    password_hash: str = field(repr=False)


def _connect() -> psycopg.Connection:
    return psycopg.connect(os.environ[PortalSettings.DSN_ENV])


def make_password_hash(password: str, settings: type[PortalSettings] = PortalSettings) -> str:
    salt = os.urandom(settings.SALT_BYTES)
    derived = hashlib.pbkdf2_hmac(settings.HASH_NAME, password.encode(), salt, settings.KDF_ROUNDS)
    return "$".join(
        [
            f"pbkdf2_{settings.HASH_NAME}",
            str(settings.KDF_ROUNDS),
            base64.b64encode(salt).decode(),
            base64.b64encode(derived).decode(),
        ]
    )


def check_password_hash(password: str, stored: str) -> bool:
    algo, rounds, salt_b64, hash_b64 = stored.split("$")
    hash_name = algo.removeprefix("pbkdf2_")
    derived = hashlib.pbkdf2_hmac(
        hash_name, password.encode(), base64.b64decode(salt_b64), int(rounds)
    )
    return hmac.compare_digest(derived, base64.b64decode(hash_b64))


def register_contractor(email: str, company: str, password: str) -> ContractorAccount:
    account = ContractorAccount(email.strip().lower(), company.strip(), make_password_hash(password))
    with _connect() as conn:
        conn.execute(
            "INSERT INTO contractor_accounts (email, company, password_hash) VALUES (%s, %s, %s)",
            (account.email, account.company, account.password_hash),
        )
    return account


def authenticate(email: str, password: str) -> ContractorAccount | None:
    with _connect() as conn:
        row = conn.execute(
            "SELECT email, company, password_hash FROM contractor_accounts WHERE email = %s",
            (email.strip().lower(),),
        ).fetchone()
    if row is None:
        return None
    account = ContractorAccount(*row)
    if not check_password_hash(password, account.password_hash):
        return None
    return account
