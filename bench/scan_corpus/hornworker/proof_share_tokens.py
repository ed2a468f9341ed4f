"""Private share links for work-in-progress photos of commissions."""
import secrets
import uuid
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.ext.asyncio import AsyncSession

from hornworker.api.deps import get_session
from hornworker.models import Commission, ProofLink

router = APIRouter(prefix="/commissions")

TOKEN_BYTES = 32
LINK_LIFETIME = timedelta(days=21)


def new_share_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


@router.post("/{commission_id}/proof-links")
async def create_proof_link(commission_id: int, session: AsyncSession = Depends(get_session)):
    commission = await session.get(Commission, commission_id)
    if commission is None:
        raise HTTPException(status_code=404)
    link = ProofLink(
        id=uuid.uuid4(),
        commission_id=commission.id,
        token=new_share_token(),
        expires_at=datetime.now(timezone.utc) + LINK_LIFETIME,
    )
    session.add(link)
    await session.commit()
    return {
        "link_id": str(link.id),
        "url": f"/proofs/{link.token}",
        "expires_at": link.expires_at.isoformat(),
    }


@router.delete("/{commission_id}/proof-links/{link_id}")
async def revoke_proof_link(
    commission_id: int, link_id: uuid.UUID, session: AsyncSession = Depends(get_session)
):
    link = await session.get(ProofLink, link_id)
    if link is None or link.commission_id != commission_id:
        raise HTTPException(status_code=404)
    await session.delete(link)
    await session.commit()
    return {"revoked": True}
