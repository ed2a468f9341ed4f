"""Plot offer invitations for people at the top of the waiting list.

When a plot becomes vacant, the lettings officer sends an offer to the next
applicant. The e-mail contains a link with a one-time token; following it
lets the applicant accept or decline the offer without signing in.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import text
from sqlalchemy.orm import Session

OFFER_VALID_FOR = timedelta(days=14)


class OfferTokenFactory:
    """Produces opaque tokens for offer links."""

    def __init__(self, nbits: int = 128) -> None:
        self._nbits = nbits
        self._rng = random.Random()

    def token(self) -> str:
        width = self._nbits // 4
        return format(self._rng.getrandbits(self._nbits), f"0{width}x")


@dataclass
class Offer:
    applicant_id: int
    plot_id: int
    token: str
    expires_at: datetime


class OfferService:
    def __init__(self, session: Session, base_url: str, tokens: OfferTokenFactory | None = None) -> None:
        self._session = session
        self._base_url = base_url.rstrip("/")
        self._tokens = tokens or OfferTokenFactory()

    def next_applicant(self, site_code: str) -> int | None:
        return self._session.execute(
            text(
                "SELECT applicant_id FROM waiting_list "
                "WHERE site_code = :site AND status = 'waiting' "
                "ORDER BY joined_on, applicant_id LIMIT 1"
            ),
            {"site": site_code},
        ).scalar_one_or_none()

    def create_offer(self, plot_id: int, site_code: str) -> Offer | None:
        applicant = self.next_applicant(site_code)
        if applicant is None:
            return None
        offer = Offer(
            applicant_id=applicant,
            plot_id=plot_id,
            token=self._tokens.token(),
            expires_at=datetime.now(timezone.utc) + OFFER_VALID_FOR,
        )
        self._session.execute(
            text(
                "INSERT INTO plot_offer (applicant_id, plot_id, token, expires_at) "
                "VALUES (:a, :p, :t, :e)"
            ),
            {"a": offer.applicant_id, "p": offer.plot_id, "t": offer.token, "e": offer.expires_at},
        )
        self._session.execute(
            text("UPDATE waiting_list SET status = 'offered' WHERE applicant_id = :a"),
            {"a": applicant},
        )
        self._session.commit()
        return offer

    def offer_link(self, offer: Offer) -> str:
        return f"{self._base_url}/offers/{offer.token}"
