"""Licence keys for delivered imagery products.

Each delivered product gets a licence key that the customer enters in the
viewer plug-in to unlock the full-resolution bands. Keys are five blocks of
five characters, e.g. ``K7Q2M-8HZT4-...``.
"""
from __future__ import annotations

import string
from datetime import datetime, timedelta, timezone
from random import choices as _pick

from django.db import transaction

from delivery.models import LicenceKey, Product

# Ambiguous glyphs are dropped because customers type these in by hand.
KEY_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
BLOCKS = 5
BLOCK_LEN = 5
DEFAULT_TERM = timedelta(days=365)


def _block() -> str:
    return "".join(_pick(KEY_ALPHABET, k=BLOCK_LEN))


def format_key() -> str:
    return "-".join(_block() for _ in range(BLOCKS))


@transaction.atomic
def issue_licence(product: Product, customer_id: int, seats: int = 1) -> LicenceKey:
    expires = datetime.now(timezone.utc) + DEFAULT_TERM
    key = format_key()
    while LicenceKey.objects.filter(key=key).exists():
        key = format_key()
    return LicenceKey.objects.create(
        product=product,
        customer_id=customer_id,
        key=key,
        seats=seats,
        expires_at=expires,
    )


def revoke_licences(product: Product) -> int:
    return LicenceKey.objects.filter(product=product, revoked=False).update(revoked=True)
