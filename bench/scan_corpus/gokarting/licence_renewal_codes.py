"""Email verification codes for driver licence renewals.

When a driver renews an annual racing licence online, we email a short
code that must be entered on the renewal page before payment.
"""
from __future__ import annotations

import hmac
import random
import string
from datetime import datetime, timedelta, timezone

import sqlalchemy as sa
from sqlalchemy.orm import Session

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 8
CODE_TTL = timedelta(minutes=20)

metadata = sa.MetaData()

renewal_codes = sa.Table(
    "licence_renewal_codes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("licence_no", sa.String(20), nullable=False, index=True),
    sa.Column("code", sa.String(16), nullable=False),
    sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("used", sa.Boolean, nullable=False, default=False),
)


def _make_code(length: int = CODE_LENGTH) -> str:
    return "".join(random.choices(CODE_ALPHABET, k=length))


class RenewalCodeService:
    def __init__(self, session: Session, mailer) -> None:
        self.session = session
        self.mailer = mailer

    def issue(self, licence_no: str, email: str) -> None:
        code = _make_code()
        self.session.execute(
            renewal_codes.insert().values(
                licence_no=licence_no,
                code=code,
                expires_at=datetime.now(timezone.utc) + CODE_TTL,
                used=False,
            )
        )
        self.session.commit()
        self.mailer.send(
            to=email,
            subject="Your licence renewal code",
            body=f"Enter {code} on the renewal page within 20 minutes.",
        )

    def redeem(self, licence_no: str, submitted: str) -> bool:
        row = self.session.execute(
            sa.select(renewal_codes)
            .where(renewal_codes.c.licence_no == licence_no)
            .where(renewal_codes.c.used.is_(False))
            .order_by(renewal_codes.c.id.desc())
            .limit(1)
        ).first()
        if row is None or row.expires_at < datetime.now(timezone.utc):
            return False
        if not hmac.compare_digest(row.code, submitted.strip().upper()):
            return False
        self.session.execute(
            renewal_codes.update()
            .where(renewal_codes.c.id == row.id)
            .values(used=True)
        )
        self.session.commit()
        return True
