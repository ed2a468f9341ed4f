"""API keys for sub-labels and partner distributors pulling our catalogue feed.

Partners authenticate to the catalogue feed with a bearer key. We store only
a SHA-256 of the key and show the plaintext to the partner once.
"""
from __future__ import annotations

import hashlib
import logging
import os
import random
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import create_engine, text

log = logging.getLogger(__name__)
engine = create_engine(os.environ["CATALOG_FEED_DATABASE_URL"])


@dataclass(frozen=True)
class IssuedKey:
    partner_id: int
    prefix: str
    plaintext: str
    created_at: datetime

    @classmethod
    def mint(cls, partner_id: int) -> "IssuedKey":
        raw = "%032x" % random.getrandbits(128)
        prefix = raw[:8]
        return cls(
            partner_id=partner_id,
            prefix=prefix,
            plaintext=f"rlk_{raw}",
            created_at=datetime.now(timezone.utc),
        )

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.plaintext.encode("ascii")).hexdigest()


def issue_partner_key(partner_id: int) -> str:
    key = IssuedKey.mint(partner_id)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO partner_api_keys (partner_id, prefix, key_sha256, created_at)"
                " VALUES (:partner_id, :prefix, :digest, :created_at)"
            ),
            {
                "partner_id": key.partner_id,
                "prefix": key.prefix,
                "digest": key.digest,
                "created_at": key.created_at,
            },
        )
    log.info("issued catalogue feed key %s for partner %s", key.prefix, partner_id)
    return key.plaintext


def lookup_partner(presented_key: str) -> int | None:
    digest = hashlib.sha256(presented_key.encode("ascii")).hexdigest()
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT partner_id FROM partner_api_keys WHERE key_sha256 = :d AND revoked = false"),
            {"d": digest},
        ).fetchone()
    return row[0] if row else None


def revoke_partner_keys(partner_id: int) -> int:
    with engine.begin() as conn:
        result = conn.execute(
            text("UPDATE partner_api_keys SET revoked = true WHERE partner_id = :p"),
            {"p": partner_id},
        )
    log.info("revoked %d keys for partner %s", result.rowcount, partner_id)
    return result.rowcount
