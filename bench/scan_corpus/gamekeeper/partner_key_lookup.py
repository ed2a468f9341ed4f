"""Resolves partner API keys presented to the estate API.

Keys have the form ``<key_id>.<secret>``. The key id is a public identifier
used to find the record; only a SHA-256 of the secret part is stored and it
is compared in constant time.
"""
import hashlib
import hmac
from typing import Optional

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from gamekeeper.models import PartnerKey


class KeyResolver:
    def __init__(self, session: AsyncSession):
        self.session = session

    @staticmethod
    def split(presented: str) -> Optional[tuple[str, str]]:
        key_id, sep, secret = presented.partition(".")
        if not sep or not key_id or not secret:
            return None
        return key_id, secret

    async def _record(self, key_id: str) -> Optional[PartnerKey]:
        result = await self.session.execute(
            select(PartnerKey).where(PartnerKey.key_id == key_id, PartnerKey.revoked.is_(False))
        )
        return result.scalar_one_or_none()

    async def resolve(self, presented: str) -> Optional[PartnerKey]:
        parts = self.split(presented)
        if parts is None:
            return None
        key_id, secret = parts
        record = await self._record(key_id)
        if record is None:
            return None
        digest = hashlib.sha256(secret.encode()).hexdigest()
        if hmac.compare_digest(digest, record.secret_sha256):
            return record
        return None

    async def has_scope(self, presented: str, scope: str) -> bool:
        record = await self.resolve(presented)
        return record is not None and scope in record.scopes
