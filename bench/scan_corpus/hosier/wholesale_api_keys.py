"""API keys that let larger retailers pull stock levels and push orders by EDI."""
import hashlib
import secrets
from datetime import datetime, timezone

from django.db import models, transaction

KEY_PREFIX = "hsk_live_"


class RetailerApiKey(models.Model):
    retailer = models.ForeignKey("wholesale.Retailer", on_delete=models.CASCADE, related_name="api_keys")
    label = models.CharField(max_length=80)
    lookup = models.CharField(max_length=12, unique=True)
    digest = models.CharField(max_length=64)
    created = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["retailer", "revoked_at"])]


def _generate() -> tuple[str, str]:
    lookup = secrets.token_hex(6)
    body = secrets.token_urlsafe(32)
    return lookup, f"{KEY_PREFIX}{lookup}_{body}"


@transaction.atomic
def issue_key(retailer, label: str) -> str:
    """Create a key and return the plaintext once; only its digest is stored."""
    lookup, plaintext = _generate()
    RetailerApiKey.objects.create(
        retailer=retailer,
        label=label[:80],
        lookup=lookup,
        digest=hashlib.sha256(plaintext.encode()).hexdigest(),
    )
    return plaintext


@transaction.atomic
def rotate(retailer, label: str) -> str:
    RetailerApiKey.objects.filter(retailer=retailer, label=label, revoked_at__isnull=True).update(
        revoked_at=datetime.now(timezone.utc)
    )
    return issue_key(retailer, label)


def active_keys(retailer) -> list[dict]:
    return [
        {"label": k.label, "lookup": k.lookup, "created": k.created.isoformat()}
        for k in retailer.api_keys.filter(revoked_at__isnull=True).order_by("-created")
    ]
