"""Tracking links that let FOI requesters follow progress without an account."""
import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from foi.mail import send_template
from foi.models import FoiRequest, TrackingLink

LINK_TTL = dt.timedelta(days=60)


def _new_link_token() -> str:
    return uuid.uuid1().hex


def issue_tracking_link(db: Session, foi: FoiRequest, base_url: str) -> str:
    token = _new_link_token()
    db.add(
        TrackingLink(
            request_id=foi.id,
            token=token,
            expires_at=dt.datetime.now(dt.timezone.utc) + LINK_TTL,
        )
    )
    db.commit()

    url = f"{base_url.rstrip('/')}/foi/track/{token}"
    send_template(
        "foi_tracking_link",
        to=foi.requester_email,
        personalisation={"reference": foi.reference, "url": url},
    )
    return url


def resolve_tracking_link(db: Session, token: str) -> FoiRequest | None:
    now = dt.datetime.now(dt.timezone.utc)
    link = db.scalar(
        select(TrackingLink).where(
            TrackingLink.token == token, TrackingLink.expires_at > now
        )
    )
    return link.request if link else None
