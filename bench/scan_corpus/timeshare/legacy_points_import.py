"""Import owner points balances from a partner resort's property system.

Some older partner resorts still run a points ledger on their own property
management system. Once a night we pull a snapshot of the balances from their
export endpoint and reconcile it with our own ledger.
"""
from __future__ import annotations

import logging
import os
import pickle
import zlib
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger(__name__)


@dataclass
class PointsBalance:
    member_number: str
    use_year: int
    points: Decimal


def _decode_snapshot(blob: bytes) -> list[dict]:
    return pickle.loads(zlib.decompress(blob))


class PartnerPointsImporter:
    def __init__(self, partner_code: str, export_url: str, token: str, ca_bundle: str) -> None:
        self.partner_code = partner_code
        self._url = export_url
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {token}"
        self._session.verify = ca_bundle

    @classmethod
    def from_env(cls, partner_code: str) -> "PartnerPointsImporter":
        prefix = f"PARTNER_{partner_code.upper()}_"
        return cls(
            partner_code,
            os.environ[prefix + "EXPORT_URL"],
            os.environ[prefix + "TOKEN"],
            os.environ.get("PARTNER_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt"),
        )

    def fetch(self) -> list[PointsBalance]:
        resp = self._session.get(self._url, timeout=60)
        resp.raise_for_status()
        rows = _decode_snapshot(resp.content)
        return [
            PointsBalance(r["member"], int(r["use_year"]), Decimal(str(r["points"])))
            for r in rows
        ]

    def reconcile(self, ledger) -> int:
        mismatches = 0
        for balance in self.fetch():
            ours = ledger.balance(balance.member_number, balance.use_year)
            if ours != balance.points:
                mismatches += 1
                ledger.flag_mismatch(self.partner_code, balance.member_number,
                                     balance.use_year, ours, balance.points)
        log.info("partner %s: %d mismatched balances", self.partner_code, mismatches)
        return mismatches
