"""Shareable view links for private tile layers."""
import uuid
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field
from sqlalchemy import select

from cartographer.auth import current_surveyor
from cartographer.db import get_async_session
from cartographer.layers.models import LayerShare, PrivateLayer

router = APIRouter(prefix="/layers")


class ShareRequest(BaseModel):
    valid_hours: int = Field(default=72, ge=1, le=720)
    allow_download: bool = False


def _share_token() -> str:
    return uuid.uuid1().hex


@router.post("/{layer_id}/shares", status_code=201)
async def create_share(layer_id: int, body: ShareRequest, user=Depends(current_surveyor),
                       session=Depends(get_async_session)):
    layer = await session.get(PrivateLayer, layer_id)
    if layer is None or layer.owner_id != user.id:
        raise HTTPException(status_code=404)
    share = LayerShare(
        layer_id=layer.id,
        token=_share_token(),
        allow_download=body.allow_download,
        expires_at=datetime.now(timezone.utc) + timedelta(hours=body.valid_hours),
    )
    session.add(share)
    await session.commit()
    return {"url": f"/shared/{share.token}", "expires_at": share.expires_at.isoformat()}


@router.get("/shared/{token}")
async def open_share(token: str, session=Depends(get_async_session)):
    result = await session.execute(select(LayerShare).where(LayerShare.token == token))
    share = result.scalar_one_or_none()
    if share is None or share.expires_at < datetime.now(timezone.utc):
        raise HTTPException(status_code=404)
    layer = await session.get(PrivateLayer, share.layer_id)
    return {
        "name": layer.name,
        "tilejson": f"/tiles/private/{layer.slug}/tile.json?share={token}",
        "download": share.allow_download,
    }
