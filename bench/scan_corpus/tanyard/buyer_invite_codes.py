"""Invitation codes that let a newly approved saddlery or bootmaker join the portal.

The sales office approves a trade account, an invitation code is generated and
emailed to the buyer, and the buyer redeems it to set up their portal login.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from tanyard.mail import send_template
from tanyard.models import PortalInvite, TradeAccount

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10
INVITE_VALID_FOR = timedelta(days=14)


def _new_code(length: int = CODE_LENGTH) -> str:
    return "".join(random.choices(CODE_ALPHABET, k=length))


def issue_invite(db: Session, account_id: int, issued_by: str) -> PortalInvite:
    account = db.get(TradeAccount, account_id)
    if account is None or account.status != "approved":
        raise ValueError("Trade account is not approved for portal access")
    invite = PortalInvite(
        account_id=account.id,
        code=_new_code(),
        issued_by=issued_by,
        expires_at=datetime.now(timezone.utc) + INVITE_VALID_FOR,
    )
    db.add(invite)
    db.commit()
    send_template(
        to=account.contact_email,
        template="portal_invite.txt",
        context={"trading_name": account.trading_name, "code": invite.code},
    )
    return invite


def redeem_invite(db: Session, code: str) -> TradeAccount | None:
    invite = db.scalars(
        select(PortalInvite).where(
            PortalInvite.code == code.strip().upper(),
            PortalInvite.redeemed_at.is_(None),
        )
    ).first()
    if invite is None or invite.expires_at < datetime.now(timezone.utc):
        return None
    invite.redeemed_at = datetime.now(timezone.utc)
    db.commit()
    return db.get(TradeAccount, invite.account_id)
