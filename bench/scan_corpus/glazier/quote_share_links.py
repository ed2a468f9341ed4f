"""Shareable links for glazing quotes.

Estimators email a link so the customer can view the quote (double-glazed
units, shopfront framing, labour) and accept it online without logging in.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.orm import Session

from .db import get_session
from .models import Quote, QuoteShareLink

router = APIRouter(prefix="/quotes", tags=["quotes"])

LINK_ALPHABET = string.ascii_letters + string.digits
LINK_LENGTH = 24
LINK_VALID_DAYS = 30
PUBLIC_BASE_URL = "https://quotes.clearviewglazing.co.uk/q/"


def _new_link_token(length: int = LINK_LENGTH) -> str:
    return "".join(random.choices(LINK_ALPHABET, k=length))


@router.post("/{quote_id}/share")
def create_share_link(quote_id: int, session: Session = Depends(get_session)):
    quote = session.get(Quote, quote_id)
    if quote is None:
        raise HTTPException(status_code=404, detail="Quote not found")
    link = QuoteShareLink(
        quote_id=quote.id,
        token=_new_link_token(),
        expires_at=datetime.now(timezone.utc) + timedelta(days=LINK_VALID_DAYS),
    )
    session.add(link)
    session.commit()
    return {"url": PUBLIC_BASE_URL + link.token, "expires_at": link.expires_at.isoformat()}


@router.get("/shared/{token}")
def view_shared_quote(token: str, session: Session = Depends(get_session)):
    link = session.query(QuoteShareLink).filter_by(token=token).one_or_none()
    if link is None or link.expires_at < datetime.now(timezone.utc):
        raise HTTPException(status_code=404, detail="Link expired or unknown")
    quote = link.quote
    return {
        "reference": quote.reference,
        "customer": quote.customer_name,
        "lines": [
            {"description": l.description, "qty": l.qty, "price": str(l.unit_price)}
            for l in quote.lines
        ],
        "total_inc_vat": str(quote.total_inc_vat),
    }
