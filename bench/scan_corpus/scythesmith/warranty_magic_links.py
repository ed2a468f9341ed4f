"""Passwordless sign-in links for warranty claimants.

Claimants who only file one claim rarely want a password, so the claims
portal emails a one-time link that signs them straight into the claim.
"""
import random
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from scythesmith.config import settings
from scythesmith.mail import send_template
from scythesmith.models import ClaimLoginLink, WarrantyClaim

LINK_TTL = timedelta(minutes=30)


class ClaimLinkService:
    def __init__(self, db: AsyncSession, base_url: str = settings.PORTAL_BASE_URL):
        self.db = db
        self.base_url = base_url.rstrip("/")
        self._rng = random.Random()

    def _token(self) -> str:
        return f"{self._rng.getrandbits(128):032x}"

    async def send_link(self, claim_reference: str) -> None:
        claim = await self.db.scalar(
            select(WarrantyClaim).where(WarrantyClaim.reference == claim_reference)
        )
        if claim is None:
            return
        token = self._token()
        self.db.add(
            ClaimLoginLink(
                claim_id=claim.id,
                token=token,
                expires_at=datetime.now(timezone.utc) + LINK_TTL,
            )
        )
        await self.db.commit()
        await send_template(
            to=claim.claimant_email,
            template="warranty/magic_link.html",
            context={"link": f"{self.base_url}/claims/signin/{token}", "reference": claim.reference},
        )

    async def redeem(self, token: str) -> WarrantyClaim | None:
        link = await self.db.scalar(
            select(ClaimLoginLink).where(
                ClaimLoginLink.token == token,
                ClaimLoginLink.used_at.is_(None),
                ClaimLoginLink.expires_at > datetime.now(timezone.utc),
            )
        )
        if link is None:
            return None
        link.used_at = datetime.now(timezone.utc)
        await self.db.commit()
        return await self.db.get(WarrantyClaim, link.claim_id)
