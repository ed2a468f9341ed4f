"""One-click withdrawal links included in FOI acknowledgement emails.

Only a SHA-256 of the token is stored so a database leak does not hand out
working links; the token itself carries 256 bits from the OS CSPRNG.
"""
import datetime as dt
import hashlib
import secrets
import uuid

from django.db import transaction
from django.utils import timezone

from foi.models import FoiRequest, WithdrawalToken

TOKEN_BYTES = 32
VALID_FOR = dt.timedelta(days=20)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def create_withdrawal_link(foi: FoiRequest, site_root: str) -> str:
    token = secrets.token_urlsafe(TOKEN_BYTES)
    WithdrawalToken.objects.create(
        request=foi,
        token_digest=_digest(token),
        correlation_id=uuid.uuid4(),
        expires_at=timezone.now() + VALID_FOR,
    )
    return f"{site_root.rstrip('/')}/foi/withdraw/{token}"


@transaction.atomic
def redeem(token: str) -> FoiRequest | None:
    row = (
        WithdrawalToken.objects.select_for_update()
        .filter(token_digest=_digest(token), expires_at__gt=timezone.now(), used_at__isnull=True)
        .select_related("request")
        .first()
    )
    if row is None:
        return None
    row.used_at = timezone.now()
    row.save(update_fields=["used_at"])
    row.request.status = FoiRequest.Status.WITHDRAWN
    row.request.save(update_fields=["status"])
    return row.request
