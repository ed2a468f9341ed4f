"""Field-level encryption of damage reports.

Damage reports can contain third-party details (the owner of a moored boat
that was hit, their phone number, insurer). Those fields are encrypted with
AES-GCM before the report is stored; each field gets its own random nonce.
"""
from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
SENSITIVE_FIELDS = ("third_party_name", "third_party_phone", "third_party_insurer")


@dataclass
class DamageReport:
    booking_ref: str
    boat_name: str
    description: str
    estimated_cost_pence: int
    third_party_name: str = ""
    third_party_phone: str = ""
    third_party_insurer: str = ""


class ReportCipher:
    def __init__(self, key: bytes | None = None) -> None:
        self._aead = AESGCM(key or base64.b64decode(os.environ["DAMAGE_REPORT_KEY"]))

    def seal(self, value: str, context: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        ct = self._aead.encrypt(nonce, value.encode("utf-8"), context.encode("utf-8"))
        return base64.b64encode(nonce + ct).decode("ascii")

    def open(self, sealed: str, context: str) -> str:
        raw = base64.b64decode(sealed)
        nonce, ct = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        return self._aead.decrypt(nonce, ct, context.encode("utf-8")).decode("utf-8")


def serialise_report(report: DamageReport, cipher: ReportCipher) -> str:
    record = dict(report.__dict__)
    for name in SENSITIVE_FIELDS:
        if record[name]:
            record[name] = cipher.seal(record[name], f"{report.booking_ref}:{name}")
    return json.dumps(record)


def deserialise_report(data: str, cipher: ReportCipher) -> DamageReport:
    record = json.loads(data)
    for name in SENSITIVE_FIELDS:
        if record.get(name):
            record[name] = cipher.open(record[name], f"{record['booking_ref']}:{name}")
    return DamageReport(**record)
