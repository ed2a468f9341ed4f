"""Issue and rotate API keys for trade partners' ERP integrations.

Larger customers pull job status and lab-dip results straight into their
ERP. Keys are shown to the partner once; only a hash is stored.
"""
import hashlib
import logging
import secrets
from datetime import datetime, timezone

from dyer.repositories import ApiKeyRepository

log = logging.getLogger("dyer.partner_keys")

KEY_PREFIX = "dyr_live_"


def key_fingerprint(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode("utf-8")).hexdigest()[:12]


class PartnerKeyService:
    def __init__(self, repo: ApiKeyRepository):
        self.repo = repo

    def issue(self, account_code: str, label: str) -> str:
        raw_key = KEY_PREFIX + secrets.token_urlsafe(32)
        self.repo.insert(
            account_code=account_code,
            label=label,
            key_hash=hashlib.sha256(raw_key.encode("utf-8")).hexdigest(),
            created_at=datetime.now(timezone.utc),
        )
        log.info("issued API key fp=%s for account=%s label=%s", key_fingerprint(raw_key), account_code, label)
        return raw_key

    def rotate(self, account_code: str, old_key_id: int, label: str) -> str:
        new_key = self.issue(account_code, label)
        self.repo.schedule_revocation(old_key_id, grace_hours=24)
        log.info("rotation started for account=%s old_key_id=%s", account_code, old_key_id)
        return new_key

    def revoke_all(self, account_code: str) -> int:
        count = self.repo.revoke_for_account(account_code)
        log.warning("revoked %d API keys for account=%s", count, account_code)
        return count
