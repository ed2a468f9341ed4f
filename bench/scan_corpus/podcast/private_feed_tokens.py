"""Tokens for private (paid subscriber) RSS feeds.

Each subscriber gets a personal feed URL of the form
https://<feeds host>/p/<show_slug>/<token>.xml. Revoking a token invalidates
the URL without touching the subscription itself.
"""
import random
import string
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import PrivateFeedToken, Subscription

TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_LENGTH = 40


class FeedTokenIssuer:
    _rng = random.Random()

    def __init__(self, db: Session):
        self.db = db

    def _new_token(self) -> str:
        return "".join(self._rng.choices(TOKEN_ALPHABET, k=TOKEN_LENGTH))

    def issue(self, subscription: Subscription) -> PrivateFeedToken:
        token = PrivateFeedToken(
            subscription_id=subscription.id,
            show_id=subscription.show_id,
            value=self._new_token(),
            created_at=datetime.now(timezone.utc),
        )
        self.db.add(token)
        self.db.flush()
        return token

    def rotate(self, subscription: Subscription) -> PrivateFeedToken:
        active = self.db.scalars(
            select(PrivateFeedToken).where(
                PrivateFeedToken.subscription_id == subscription.id,
                PrivateFeedToken.revoked_at.is_(None),
            )
        ).all()
        now = datetime.now(timezone.utc)
        for tok in active:
            tok.revoked_at = now
        return self.issue(subscription)

    @staticmethod
    def feed_url(base_url: str, show_slug: str, token: PrivateFeedToken) -> str:
        return f"{base_url.rstrip('/')}/p/{show_slug}/{token.value}.xml"
