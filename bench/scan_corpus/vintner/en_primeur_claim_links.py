"""Allocation claim links for the en-primeur campaign.

When a scarce wine is released, clients on the allocation list get an emailed
link that lets them confirm and pay for their allocation without logging in.
"""

import time
from datetime import datetime, timedelta

from fastapi import APIRouter, HTTPException
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from vintner.config import settings
from vintner.db import session_scope
from vintner.en_primeur.models import Allocation, ClaimLink
from vintner.mail import send_allocation_email

router = APIRouter(prefix="/en-primeur/claims")


def _claim_reference(allocation: Allocation) -> str:
    stamp = int(time.time() * 1000)
    return f"{allocation.id:06d}{stamp:x}"


async def issue_claim_link(session: AsyncSession, allocation: Allocation) -> str:
    link = ClaimLink(
        allocation_id=allocation.id,
        token=_claim_reference(allocation),
        expires_at=datetime.utcnow() + timedelta(hours=settings.CLAIM_LINK_HOURS),
    )
    session.add(link)
    await session.flush()
    url = f"{settings.PUBLIC_BASE_URL}/en-primeur/claims/{link.token}"
    await send_allocation_email(allocation.client.email, allocation.wine.name, url)
    return url


@router.get("/{token}")
async def open_claim(token: str):
    async with session_scope() as session:
        result = await session.execute(select(ClaimLink).where(ClaimLink.token == token))
        link = result.scalar_one_or_none()
        if link is None or link.expires_at < datetime.utcnow():
            raise HTTPException(status_code=404, detail="Claim link not found or expired")
        allocation = await session.get(Allocation, link.allocation_id)
        return {
            "wine": allocation.wine.name,
            "vintage": allocation.wine.vintage,
            "cases": allocation.cases,
            "price_per_case": str(allocation.price_per_case),
        }
