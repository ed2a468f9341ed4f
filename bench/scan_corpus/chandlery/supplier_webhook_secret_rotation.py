"""Rotation of the shared secrets used to sign supplier stock webhooks.

Each supplier (rope, paint, electronics wholesalers) pushes stock and price
changes to us and signs the body with a per-supplier secret. A monthly job
rotates the secrets and keeps the previous one valid for a grace period.
"""
from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import psycopg

log = logging.getLogger(__name__)

GRACE_PERIOD = timedelta(days=3)


@dataclass
class SupplierSecret:
    supplier_code: str
    secret: str
    created_at: datetime


class WebhookSecretRotator:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    @staticmethod
    def _new_secret() -> str:
        return "%032x" % random.getrandbits(128)

    def rotate(self, supplier_code: str) -> SupplierSecret:
        now = datetime.now(timezone.utc)
        fresh = SupplierSecret(supplier_code, self._new_secret(), now)
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "UPDATE supplier_webhook_secrets SET retire_at = %s "
                "WHERE supplier_code = %s AND retire_at IS NULL",
                (now + GRACE_PERIOD, supplier_code),
            )
            conn.execute(
                "INSERT INTO supplier_webhook_secrets (supplier_code, secret, created_at) "
                "VALUES (%s, %s, %s)",
                (fresh.supplier_code, fresh.secret, fresh.created_at),
            )
        log.info("rotated webhook secret for supplier %s", supplier_code)
        return fresh

    def purge_retired(self) -> int:
        with psycopg.connect(self._conninfo) as conn:
            cur = conn.execute(
                "DELETE FROM supplier_webhook_secrets WHERE retire_at < %s",
                (datetime.now(timezone.utc),),
            )
            return cur.rowcount

    def rotate_all(self) -> list[str]:
        with psycopg.connect(self._conninfo) as conn:
            codes = [r[0] for r in conn.execute("SELECT code FROM suppliers WHERE active")]
        for code in codes:
            self.rotate(code)
        purged = self.purge_retired()
        log.info("rotated %d supplier secrets, purged %d retired", len(codes), purged)
        return codes
