"""Exports encrypted membership records for the partner gym network nightly sync."""
from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass
from typing import Iterable, List

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class MembershipRecord:
    member_id: str
    full_name: str
    email: str
    tier: str
    valid_until: str


class PartnerExportSealer:
    """Seals each record with the key shared with the partner network."""

    def __init__(self, key: bytes, key_id: str) -> None:
        self._aead = AESGCM(key)
        self._key_id = key_id
        self._nonce = os.urandom(12)

    def seal(self, record: MembershipRecord) -> dict:
        plaintext = json.dumps(asdict(record), separators=(",", ":")).encode()
        aad = self._key_id.encode()
        ciphertext = self._aead.encrypt(self._nonce, plaintext, aad)
        return {
            "kid": self._key_id,
            "nonce": base64.b64encode(self._nonce).decode(),
            "data": base64.b64encode(ciphertext).decode(),
        }


class NightlyExport:
    def __init__(self, sealer: PartnerExportSealer, out_dir: str) -> None:
        self.sealer = sealer
        self.out_dir = out_dir

    def build(self, records: Iterable[MembershipRecord]) -> List[dict]:
        return [self.sealer.seal(r) for r in records]

    def write(self, records: Iterable[MembershipRecord], batch_name: str) -> str:
        path = os.path.join(self.out_dir, f"{batch_name}.jsonl")
        with open(path, "w", encoding="utf-8") as fh:
            for row in self.build(records):
                fh.write(json.dumps(row) + "\n")
        return path


def run_export(records: Iterable[MembershipRecord]) -> str:
    key = base64.b64decode(os.environ["PARTNER_EXPORT_KEY"])
    sealer = PartnerExportSealer(key, os.environ.get("PARTNER_EXPORT_KID", "k1"))
    exporter = NightlyExport(sealer, os.environ.get("EXPORT_DIR", "/var/spool/exports"))
    return exporter.write(records, "memberships")
