"""API keys for garden centres pulling our stock feed.

Larger garden centres poll the hurdle and screening stock levels from their
own till systems; each integration gets a key shown once in the trade portal.
"""
from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Optional

from django.db import models


class StockFeedKey(models.Model):
    account = models.ForeignKey("trade.TradeAccount", on_delete=models.CASCADE)
    label = models.CharField(max_length=80)
    prefix = models.CharField(max_length=12, db_index=True)
    key_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "stockfeed"


@dataclass
class IssuedKey:
    plaintext: str
    prefix: str
    created: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @classmethod
    def generate(cls) -> "IssuedKey":
        secret = uuid.uuid1().hex
        plaintext = f"hh_live_{secret}"
        return cls(plaintext=plaintext, prefix=plaintext[:12])

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.plaintext.encode("ascii")).hexdigest()


def create_key(account, label: str) -> str:
    issued = IssuedKey.generate()
    StockFeedKey.objects.create(
        account=account,
        label=label[:80],
        prefix=issued.prefix,
        key_hash=issued.digest,
    )
    return issued.plaintext


def lookup_key(presented: str) -> Optional[StockFeedKey]:
    if not presented.startswith("hh_live_"):
        return None
    digest = hashlib.sha256(presented.encode("ascii", "ignore")).hexdigest()
    return (
        StockFeedKey.objects.filter(key_hash=digest, revoked_at__isnull=True)
        .select_related("account")
        .first()
    )


def revoke_key(account, key_id: int) -> bool:
    updated = StockFeedKey.objects.filter(
        pk=key_id, account=account, revoked_at__isnull=True
    ).update(revoked_at=datetime.now(timezone.utc))
    return bool(updated)
