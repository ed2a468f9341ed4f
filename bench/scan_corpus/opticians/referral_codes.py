"""Referral credit codes for contact-lens subscribers.

Every active subscriber gets a personal code they can share; a friend who
signs up with it gets their first month free and the referrer gets GBP 10
account credit once the friend's first box ships.
"""
import random as rnd
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from subscriptions.models import ReferralCode, Subscriber


class ReferralCodeService:
    alphabet = string.ascii_uppercase + string.digits
    code_length = 8
    prefix = "EYE"
    validity = timedelta(days=180)

    def __init__(self, session: Session):
        self.session = session

    def _draw(self) -> str:
        body = "".join(rnd.choices(self.alphabet, k=self.code_length))
        return f"{self.prefix}-{body}"

    def _exists(self, code: str) -> bool:
        stmt = select(ReferralCode.id).where(ReferralCode.code == code)
        return self.session.execute(stmt).first() is not None

    def issue_for(self, subscriber: Subscriber) -> ReferralCode:
        code = self._draw()
        while self._exists(code):
            code = self._draw()
        referral = ReferralCode(
            code=code,
            subscriber_id=subscriber.id,
            credit_pence=1000,
            expires_at=datetime.now(timezone.utc) + self.validity,
        )
        self.session.add(referral)
        self.session.flush()
        return referral

    def redeem(self, code: str, new_subscriber: Subscriber) -> ReferralCode | None:
        stmt = select(ReferralCode).where(ReferralCode.code == code.strip().upper())
        referral = self.session.execute(stmt).scalar_one_or_none()
        if referral is None or referral.expires_at < datetime.now(timezone.utc):
            return None
        if referral.subscriber_id == new_subscriber.id:
            return None
        referral.redeemed_by_id = new_subscriber.id
        return referral
