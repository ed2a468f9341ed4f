"""Create local portal accounts for visiting students from a registrar CSV.

Accounts start with an unusable random password; each student receives
an activation link and chooses their own password on first sign-in.
"""
import csv
import hashlib
import secrets
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher

from .models import ImportBatch, PortalAccount
from .notifications import send_activation_email

HASHER = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4)
ACTIVATION_TOKEN_BYTES = 32


@dataclass
class ImportSummary:
    created: int = 0
    skipped: int = 0
    duplicate_file: bool = False


def file_fingerprint(path: Path) -> str:
    """Content hash used to refuse re-importing the same registrar file twice."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(65536), b""):
            digest.update(block)
    return digest.hexdigest()


def import_roster(db, path: Path) -> ImportSummary:
    summary = ImportSummary()
    fingerprint = file_fingerprint(path)
    if db.query(ImportBatch).filter_by(fingerprint=fingerprint).first():
        summary.duplicate_file = True
        return summary

    with path.open(newline="", encoding="utf-8-sig") as fh:
        for row in csv.DictReader(fh):
            email = row["email"].strip().lower()
            if db.query(PortalAccount).filter_by(email=email).first():
                summary.skipped += 1
                continue
            token = secrets.token_urlsafe(ACTIVATION_TOKEN_BYTES)
            account = PortalAccount(
                email=email,
                display_name=row["preferred_name"] or row["legal_name"],
                password_hash=HASHER.hash(secrets.token_urlsafe(32)),
                activation_token_hash=hashlib.sha256(token.encode()).hexdigest(),
            )
            db.add(account)
            send_activation_email(email, token)
            summary.created += 1

    db.add(ImportBatch(fingerprint=fingerprint, source=path.name, created=summary.created))
    db.commit()
    return summary
