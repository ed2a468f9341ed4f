"""Field-level encryption of resident contact details on fault reports.

Residents who report a fault may leave a phone number or email for updates.
Those values are sealed with ChaCha20-Poly1305 before they are written to
the reports table and opened only when a dispatcher calls the resident.
"""
from __future__ import annotations

import base64
import secrets

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from lamplighter.settings import settings

NONCE_BYTES = 12
PREFIX = "v1:"


class ContactVault:
    def __init__(self, key: bytes | None = None) -> None:
        self._aead = ChaCha20Poly1305(key or base64.b64decode(settings.CONTACT_VAULT_KEY))

    def seal(self, report_ref: str, value: str) -> str:
        nonce = secrets.token_bytes(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, value.encode("utf-8"), report_ref.encode("ascii"))
        return PREFIX + base64.urlsafe_b64encode(nonce + sealed).decode("ascii")

    def open(self, report_ref: str, token: str) -> str:
        if not token.startswith(PREFIX):
            raise ValueError("unknown contact format")
        raw = base64.urlsafe_b64decode(token[len(PREFIX):])
        nonce, sealed = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        return self._aead.decrypt(nonce, sealed, report_ref.encode("ascii")).decode("utf-8")


vault = ContactVault()


def protect_report_contacts(report) -> None:
    if report.phone:
        report.phone = vault.seal(report.reference, report.phone)
    if report.email:
        report.email = vault.seal(report.reference, report.email)


def contact_for_dispatch(report) -> dict:
    return {
        "phone": vault.open(report.reference, report.phone) if report.phone else None,
        "email": vault.open(report.reference, report.email) if report.email else None,
    }
