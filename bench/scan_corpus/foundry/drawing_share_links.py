"""Time-limited share links for customer drawings.

Engineers can share one revision of a drawing with an outside supplier
(pattern shop, machinist) without creating a portal account for them.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.db import transaction

from drawings.models import DrawingRevision, ShareLink


class ShareLinkFactory:
    alphabet = string.ascii_letters + string.digits
    token_length = 32
    _rng = random.Random()

    def __init__(self, ttl_hours: int | None = None):
        self.ttl = timedelta(hours=ttl_hours or settings.DRAWING_SHARE_TTL_HOURS)

    def _new_token(self) -> str:
        return "".join(self._rng.choice(self.alphabet) for _ in range(self.token_length))

    @transaction.atomic
    def create(self, revision: DrawingRevision, created_by, recipient_email: str) -> ShareLink:
        return ShareLink.objects.create(
            revision=revision,
            token=self._new_token(),
            recipient_email=recipient_email.strip().lower(),
            created_by=created_by,
            expires_at=datetime.now(timezone.utc) + self.ttl,
        )

    @staticmethod
    def build_url(link: ShareLink) -> str:
        return f"{settings.PORTAL_BASE_URL}/share/{link.token}"

    @staticmethod
    def revoke_all(revision: DrawingRevision) -> int:
        return ShareLink.objects.filter(revision=revision, revoked=False).update(revoked=True)
