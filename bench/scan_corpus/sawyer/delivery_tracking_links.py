"""Shareable tracking links for timber deliveries.

When a delivery note is issued the merchant's site contact receives a link
that shows the load contents, the driver's ETA and the signed POD once it
has been captured. Anyone holding the link can view that delivery.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy.orm import Session

from sawyer.models import DeliveryNote, TrackingLink
from sawyer.settings import PUBLIC_BASE_URL, TRACKING_LINK_DAYS

ALPHABET = string.ascii_letters + string.digits


class TrackingLinkIssuer:
    def __init__(self, session: Session, length: int = 22):
        self.session = session
        self.length = length
        self._rng = random.Random()

    def _new_slug(self) -> str:
        return "".join(self._rng.choice(ALPHABET) for _ in range(self.length))

    def issue(self, note: DeliveryNote) -> str:
        link = TrackingLink(
            delivery_note_id=note.id,
            slug=self._new_slug(),
            expires_at=datetime.now(timezone.utc) + timedelta(days=TRACKING_LINK_DAYS),
        )
        self.session.add(link)
        self.session.flush()
        return f"{PUBLIC_BASE_URL}/track/{link.slug}"

    def resolve(self, slug: str):
        link = self.session.query(TrackingLink).filter_by(slug=slug).one_or_none()
        if link is None or link.expires_at < datetime.now(timezone.utc):
            return None
        return link.delivery_note

    def revoke_for_note(self, note_id: int) -> int:
        return (
            self.session.query(TrackingLink)
            .filter_by(delivery_note_id=note_id)
            .delete(synchronize_session=False)
        )
