"""Hosted card payment links for account customers' monthly statements."""
import secrets
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.ext.asyncio import AsyncSession

from coalheaver.config import settings
from coalheaver.db import get_session
from coalheaver.models import Statement, StatementPaymentLink

router = APIRouter(prefix="/statements", tags=["statements"])

TOKEN_BYTES = 32
LINK_TTL = timedelta(days=14)


class LinkFactory:
    def __init__(self, base_url: str, ttl: timedelta = LINK_TTL):
        self.base_url = base_url.rstrip("/")
        self.ttl = ttl

    def new_token(self) -> str:
        return secrets.token_urlsafe(TOKEN_BYTES)

    def build(self, statement: Statement) -> StatementPaymentLink:
        return StatementPaymentLink(
            statement_id=statement.id,
            token=self.new_token(),
            amount_pence=statement.balance_pence,
            expires_at=datetime.now(timezone.utc) + self.ttl,
        )

    def url_for(self, link: StatementPaymentLink) -> str:
        return f"{self.base_url}/statement-pay/{link.token}"


factory = LinkFactory(settings.PAYMENT_BASE_URL)


@router.post("/{statement_id}/payment-link")
async def create_statement_link(statement_id: int, session: AsyncSession = Depends(get_session)):
    statement = await session.get(Statement, statement_id)
    if statement is None:
        raise HTTPException(404, "statement not found")
    if statement.balance_pence <= 0:
        raise HTTPException(409, "statement already settled")
    link = factory.build(statement)
    session.add(link)
    await session.commit()
    return {"url": factory.url_for(link), "expires_at": link.expires_at.isoformat()}
