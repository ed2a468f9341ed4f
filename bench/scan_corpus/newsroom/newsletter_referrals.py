"""Referral codes for the newsletter sign-up drive.

Each subscriber gets a short code to share; the landing page also shows a
handful of sample issues picked at random from the archive.
"""
import random
import secrets
import string

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import NewsletterIssue, ReferralCode

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10
SAMPLE_ISSUES = 3


def new_referral_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def issue_code(db: Session, subscriber_id: int) -> ReferralCode:
    code = ReferralCode(subscriber_id=subscriber_id, code=new_referral_code())
    db.add(code)
    db.commit()
    return code


def landing_page_samples(db: Session, newsletter: str) -> list[NewsletterIssue]:
    issues = db.scalars(
        select(NewsletterIssue)
        .where(NewsletterIssue.newsletter == newsletter, NewsletterIssue.public.is_(True))
        .order_by(NewsletterIssue.sent_at.desc())
        .limit(40)
    ).all()
    return random.sample(issues, k=min(SAMPLE_ISSUES, len(issues)))
