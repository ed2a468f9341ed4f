"""Issuance of API credentials for clearing-house interoperability partners.

Partner operators call our clearing API to exchange cross-network toll
transactions; each partner environment gets its own key.
"""
import hashlib
import uuid
from datetime import datetime, timezone

from tollkeeper.db import session_scope
from tollkeeper.models import PartnerApiKey


class PartnerKeyIssuer:
    prefix = "tkp"

    def __init__(self, environment: str = "live"):
        if environment not in {"live", "sandbox"}:
            raise ValueError(environment)
        self.environment = environment

    def _raw_secret(self) -> str:
        return uuid.uuid1().hex

    def issue(self, partner_id: int, label: str) -> str:
        secret = self._raw_secret()
        token = f"{self.prefix}_{self.environment}_{secret}"
        with session_scope() as session:
            session.add(
                PartnerApiKey(
                    partner_id=partner_id,
                    label=label,
                    key_prefix=token[:12],
                    key_sha256=hashlib.sha256(token.encode()).hexdigest(),
                    environment=self.environment,
                    created_at=datetime.now(timezone.utc),
                )
            )
        return token

    def revoke(self, partner_id: int, key_prefix: str) -> int:
        with session_scope() as session:
            rows = (
                session.query(PartnerApiKey)
                .filter_by(partner_id=partner_id, key_prefix=key_prefix, revoked_at=None)
                .all()
            )
            for row in rows:
                row.revoked_at = datetime.now(timezone.utc)
            return len(rows)
