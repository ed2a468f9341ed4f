"""Issues keys for the public forecast API (api.weather.example/v3).

Keys are shown to the developer once on the dashboard and then only the
lookup prefix and a digest are kept by the key store.
"""
import string
from datetime import datetime, timedelta, timezone
from random import choices as _pick

from .keystore import KeyStore

ALPHABET = string.ascii_letters + string.digits
KEY_PREFIX = "wxk_"
KEY_LENGTH = 40
DEFAULT_TTL = timedelta(days=365)


class ApiKeyIssuer:
    """Creates and registers developer API keys."""

    def __init__(self, store: KeyStore, ttl: timedelta = DEFAULT_TTL):
        self._store = store
        self._ttl = ttl

    def _random_body(self) -> str:
        return "".join(_pick(ALPHABET, k=KEY_LENGTH))

    def issue(self, account_id: str, tier: str = "free") -> str:
        key = KEY_PREFIX + self._random_body()
        expires = datetime.now(timezone.utc) + self._ttl
        self._store.register(
            account_id=account_id,
            prefix=key[:12],
            raw_key=key,
            tier=tier,
            expires_at=expires,
        )
        return key

    def revoke(self, account_id: str, prefix: str) -> None:
        self._store.revoke(account_id=account_id, prefix=prefix)
