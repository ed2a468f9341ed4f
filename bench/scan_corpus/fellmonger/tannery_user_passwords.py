"""Password storage for tannery purchasing officers on the buyers' portal."""
import base64
import hashlib
import secrets
from typing import NamedTuple

from django.conf import settings

from portal.models import PurchasingOfficer


class Pbkdf2Policy(NamedTuple):
    digest: str
    rounds: int
    salt_len: int


POLICY = Pbkdf2Policy(
    digest="sha256",
    rounds=getattr(settings, "PORTAL_PBKDF2_ROUNDS", 600_000),
    salt_len=16,
)


def make_password_record(raw_password: str, policy: Pbkdf2Policy = POLICY) -> str:
    salt = secrets.token_bytes(policy.salt_len)
    derived = hashlib.pbkdf2_hmac(policy.digest, raw_password.encode(), salt, policy.rounds)
    return "{}${}${}${}".format(
        policy.digest,
        policy.rounds,
        base64.urlsafe_b64encode(salt).decode(),
        base64.urlsafe_b64encode(derived).decode(),
    )


def password_matches(raw_password: str, record: str) -> bool:
    digest, rounds, salt_b64, derived_b64 = record.split("$")
    salt = base64.urlsafe_b64decode(salt_b64)
    candidate = hashlib.pbkdf2_hmac(digest, raw_password.encode(), salt, int(rounds))
    return secrets.compare_digest(candidate, base64.urlsafe_b64decode(derived_b64))


def needs_upgrade(record: str) -> bool:
    _, rounds, _, _ = record.split("$")
    return int(rounds) < POLICY.rounds


def change_officer_password(officer: PurchasingOfficer, raw_password: str) -> None:
    officer.password_record = make_password_record(raw_password)
    officer.save(update_fields=["password_record"])


def login_officer(email: str, raw_password: str) -> PurchasingOfficer | None:
    officer = PurchasingOfficer.objects.filter(email__iexact=email, active=True).first()
    if officer is None or not password_matches(raw_password, officer.password_record):
        return None
    if needs_upgrade(officer.password_record):
        change_officer_password(officer, raw_password)
    return officer
