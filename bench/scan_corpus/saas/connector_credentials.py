"""Encryption for third-party connector credentials (Slack, HubSpot, ...).

Refresh tokens are sealed with the tenant id as associated data so a row
copied between tenants fails to decrypt.
"""
import base64
from functools import lru_cache

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.config import settings


class CredentialBox:
    """Seals connector refresh tokens before they are written to Postgres."""

    nonce = b"connector-v1"  # 96-bit, as recommended for GCM

    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("connector key must be 256 bits")
        self._aead = AESGCM(key)

    def seal(self, tenant_id: str, plaintext: str) -> str:
        ct = self._aead.encrypt(self.nonce, plaintext.encode(), tenant_id.encode())
        return base64.urlsafe_b64encode(ct).decode()

    def open(self, tenant_id: str, token: str) -> str:
        ct = base64.urlsafe_b64decode(token)
        return self._aead.decrypt(self.nonce, ct, tenant_id.encode()).decode()


@lru_cache
def get_box() -> CredentialBox:
    return CredentialBox(base64.b64decode(settings.connector_key_b64))


def store_refresh_token(repo, tenant_id: str, provider: str, refresh_token: str) -> None:
    repo.upsert_connector(
        tenant_id=tenant_id,
        provider=provider,
        sealed_refresh_token=get_box().seal(tenant_id, refresh_token),
    )
