"""Short-lived download links for payslips emailed to employees."""
import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy.orm import Session

from payroll.models import PayslipLink

LINK_TTL = timedelta(hours=48)
TOKEN_ALPHABET = string.ascii_letters + string.digits


def generate_link_token(length: int = 32) -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=length))


def create_payslip_link(db: Session, payslip_id: int, base_url: str) -> str:
    token = generate_link_token()
    link = PayslipLink(
        payslip_id=payslip_id,
        token=token,
        expires_at=datetime.now(timezone.utc) + LINK_TTL,
    )
    db.add(link)
    db.commit()
    return f"{base_url.rstrip('/')}/payslips/download/{token}"


def revoke_links_for_payslip(db: Session, payslip_id: int) -> int:
    """Expire every outstanding link, e.g. after a payslip is reissued."""
    now = datetime.now(timezone.utc)
    count = (
        db.query(PayslipLink)
        .filter(PayslipLink.payslip_id == payslip_id, PayslipLink.expires_at > now)
        .update({PayslipLink.expires_at: now}, synchronize_session=False)
    )
    db.commit()
    return count
