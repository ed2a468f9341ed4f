"""Verifies the one-time codes visitors receive when claiming a trade-show sample."""
from datetime import datetime, timezone

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

from pewterer.leads.repository import LeadRepository, SampleClaimRepository

router = APIRouter(prefix="/show")

MAX_TRIES = 5


class ClaimRequest(BaseModel):
    lead_id: int
    code: str


class ClaimVerifier:
    def __init__(self, leads: LeadRepository, claims: SampleClaimRepository) -> None:
        self.leads = leads
        self.claims = claims

    async def verify(self, lead_id: int, submitted: str) -> bool:
        pending = await self.claims.pending_for(lead_id)
        if pending is None or pending.tries >= MAX_TRIES:
            return False
        if pending.expires_at < datetime.now(timezone.utc):
            return False
        await self.claims.increment_tries(pending.id)
        if submitted.strip() == pending.otp_code:
            await self.claims.mark_claimed(pending.id)
            return True
        return False


@router.post("/claim")
async def claim_sample(body: ClaimRequest):
    verifier = ClaimVerifier(LeadRepository(), SampleClaimRepository())
    if not await verifier.verify(body.lead_id, body.code):
        raise HTTPException(status_code=403, detail="Code not recognised")
    lead = await verifier.leads.get(body.lead_id)
    return {"status": "claimed", "sample": lead.requested_sample}
