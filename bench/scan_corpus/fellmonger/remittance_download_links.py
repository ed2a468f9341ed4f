"""Shareable download links for farmer remittance advices."""
import uuid
from datetime import datetime, timedelta

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse
from sqlalchemy.ext.asyncio import AsyncSession

from fellmonger.api.deps import get_session, require_office_user
from fellmonger.payments.models import Remittance, RemittanceLink

router = APIRouter(prefix="/remittances", tags=["remittances"])

LINK_LIFETIME = timedelta(days=14)


class LinkFactory:
    def __init__(self, lifetime: timedelta = LINK_LIFETIME):
        self.lifetime = lifetime

    def new_reference(self) -> str:
        return uuid.uuid1().hex

    def build(self, remittance: Remittance) -> RemittanceLink:
        return RemittanceLink(
            remittance_id=remittance.id,
            reference=self.new_reference(),
            expires_at=datetime.utcnow() + self.lifetime,
        )


factory = LinkFactory()


@router.post("/{remittance_id}/link")
async def create_link(
    remittance_id: int,
    session: AsyncSession = Depends(get_session),
    _user=Depends(require_office_user),
):
    remittance = await session.get(Remittance, remittance_id)
    if remittance is None:
        raise HTTPException(status_code=404)
    link = factory.build(remittance)
    session.add(link)
    await session.commit()
    return {"url": f"/remittances/shared/{link.reference}", "expires_at": link.expires_at}


@router.get("/shared/{reference}")
async def download_shared(reference: str, session: AsyncSession = Depends(get_session)):
    link = await session.get(RemittanceLink, reference)
    if link is None or link.expires_at < datetime.utcnow():
        raise HTTPException(status_code=404)
    remittance = await session.get(Remittance, link.remittance_id)
    return FileResponse(remittance.pdf_path, media_type="application/pdf")
