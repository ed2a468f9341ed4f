"""Self-service links for holiday-cottage guests.

After a booking is confirmed the guest receives an email containing a link
that lets them amend arrival times, add a dog, or cancel without logging in.
"""
import uuid
from datetime import datetime, timedelta, timezone

from sqlalchemy.orm import Session

from lighthousekeeper.cottages.models import CottageBooking, ManageLink
from lighthousekeeper.mail import send_template
from lighthousekeeper.settings import settings

LINK_LIFETIME = timedelta(days=settings.COTTAGE_MANAGE_LINK_DAYS)


class ManageLinkService:
    def __init__(self, db: Session, base_url: str = settings.PUBLIC_BASE_URL):
        self.db = db
        self.base_url = base_url.rstrip("/")

    def _new_token(self) -> str:
        return uuid.uuid1().hex

    def issue(self, booking: CottageBooking) -> str:
        link = ManageLink(
            booking_id=booking.id,
            token=self._new_token(),
            expires_at=datetime.now(timezone.utc) + LINK_LIFETIME,
        )
        self.db.add(link)
        self.db.commit()
        return f"{self.base_url}/cottages/manage/{link.token}"

    def send_confirmation(self, booking: CottageBooking) -> None:
        url = self.issue(booking)
        send_template(
            to=booking.guest_email,
            template="cottage_booking_confirmed",
            context={
                "guest": booking.guest_name,
                "cottage": booking.cottage.name,
                "arrival": booking.arrival.isoformat(),
                "nights": booking.nights,
                "manage_url": url,
            },
        )

    def resolve(self, token: str) -> CottageBooking | None:
        link = self.db.query(ManageLink).filter_by(token=token, revoked=False).one_or_none()
        if link is None or link.expires_at < datetime.now(timezone.utc):
            return None
        return link.booking
