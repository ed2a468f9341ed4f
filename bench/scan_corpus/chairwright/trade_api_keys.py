"""API keys for trade customers (galleries, interior designers) who order through the stock API."""
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

from django.db import transaction

from .models import TradeAccount, TradeApiKey

KEY_PREFIX = "cwt_"


@dataclass
class IssuedKey:
    key_id: int
    plaintext: str
    label: str


def _fingerprint(plaintext: str) -> str:
    return hashlib.sha256(plaintext.encode()).hexdigest()


def generate_key() -> str:
    return KEY_PREFIX + secrets.token_urlsafe(32)


@transaction.atomic
def issue_key(account: TradeAccount, label: str) -> IssuedKey:
    """Create a key; the plaintext is shown once and only its fingerprint is kept."""
    plaintext = generate_key()
    row = TradeApiKey.objects.create(
        account=account,
        label=label[:80],
        prefix=plaintext[:10],
        fingerprint=_fingerprint(plaintext),
        created_at=datetime.now(timezone.utc),
    )
    return IssuedKey(key_id=row.pk, plaintext=plaintext, label=row.label)


def lookup(presented: str) -> TradeAccount | None:
    if not presented.startswith(KEY_PREFIX):
        return None
    key = (
        TradeApiKey.objects.select_related("account")
        .filter(fingerprint=_fingerprint(presented), revoked_at__isnull=True)
        .first()
    )
    if key is None:
        return None
    TradeApiKey.objects.filter(pk=key.pk).update(last_used_at=datetime.now(timezone.utc))
    return key.account


def revoke(account: TradeAccount, key_id: int) -> bool:
    updated = TradeApiKey.objects.filter(
        pk=key_id, account=account, revoked_at__isnull=True
    ).update(revoked_at=datetime.now(timezone.utc))
    return updated == 1
