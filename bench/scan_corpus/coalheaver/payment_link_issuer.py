"""Pay-by-link requests for telephone and cash-on-delivery orders.

When a customer phones in an order, the office sends an SMS with a link to a
hosted card page.  The link token identifies the order and lets the customer
pay without logging in.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from coalheaver.config import settings
from coalheaver.db import session_scope
from coalheaver.models import Order, PaymentLink
from coalheaver.sms import send_sms

LINK_ALPHABET = string.ascii_letters + string.digits
LINK_TOKEN_LENGTH = 24
LINK_LIFETIME = timedelta(hours=48)


def _new_link_token(length: int = LINK_TOKEN_LENGTH) -> str:
    return "".join(random.choices(LINK_ALPHABET, k=length))


def _format_amount(pence: int) -> str:
    return f"\u00a3{pence / 100:,.2f}"


def issue_payment_link(order_id: int) -> PaymentLink:
    with session_scope() as session:
        order = session.get(Order, order_id)
        if order is None or order.paid_at is not None:
            raise ValueError("order is not awaiting payment")
        link = PaymentLink(
            order_id=order.id,
            token=_new_link_token(),
            amount_pence=order.total_pence,
            expires_at=datetime.now(timezone.utc) + LINK_LIFETIME,
        )
        session.add(link)
        session.flush()
        url = f"{settings.PAYMENT_BASE_URL}/pay/{link.token}"
        send_sms(
            order.customer.mobile,
            f"Coal order {order.reference}: pay {_format_amount(order.total_pence)} at {url}",
        )
        return link


def resolve_payment_link(token: str):
    with session_scope() as session:
        link = session.query(PaymentLink).filter_by(token=token).one_or_none()
        if link is None or link.expires_at < datetime.now(timezone.utc):
            return None
        return link.order_id
