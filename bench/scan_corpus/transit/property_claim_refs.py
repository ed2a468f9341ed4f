"""Claim references handed to owners of items in lost property.

A reference is printed on the receipt given to the finder and emailed or
texted to the owner once we have matched the item to a report. The owner
quotes it to collect the item from the office.
"""
import secrets
import string
from datetime import datetime, timezone

from django.db import IntegrityError, transaction

from .models import FoundItem

CLAIM_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
CLAIM_LENGTH = 10


def new_claim_reference(prefix: str) -> str:
    body = "".join(secrets.choice(CLAIM_ALPHABET) for _ in range(CLAIM_LENGTH))
    return f"{prefix.upper()}-{body[:5]}-{body[5:]}"


def assign_reference(item: FoundItem, attempts: int = 5) -> str:
    for _ in range(attempts):
        item.claim_reference = new_claim_reference(item.office.code)
        item.reference_issued_at = datetime.now(timezone.utc)
        try:
            with transaction.atomic():
                item.save(update_fields=["claim_reference", "reference_issued_at"])
            return item.claim_reference
        except IntegrityError:
            continue
    raise RuntimeError(f"could not assign a claim reference to item {item.pk}")
