"""Serves drawings and photographs attached to bell restoration quotes."""

import mimetypes
from pathlib import Path

import aiofiles
from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import Response

from bellfounder.auth import current_client
from bellfounder.settings import settings

router = APIRouter(prefix="/quotes")

ATTACHMENT_ROOT = Path(settings.QUOTE_ATTACHMENT_DIR)


class AttachmentStore:
    def __init__(self, root: Path = ATTACHMENT_ROOT):
        self.root = root

    def folder_for(self, quote_ref: str) -> Path:
        return self.root / quote_ref

    async def read(self, quote_ref: str, name: str) -> bytes:
        location = self.folder_for(quote_ref) / name
        async with aiofiles.open(location, "rb") as fh:
            return await fh.read()

    def names(self, quote_ref: str) -> list[str]:
        folder = self.folder_for(quote_ref)
        return sorted(p.name for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []


store = AttachmentStore()


@router.get("/{quote_ref}/attachments")
async def list_attachments(quote_ref: str, client=Depends(current_client)):
    if quote_ref not in client.quote_refs:
        raise HTTPException(status_code=404)
    return {"attachments": store.names(quote_ref)}


@router.get("/{quote_ref}/attachment")
async def get_attachment(
    quote_ref: str, name: str = Query(..., alias="file"), client=Depends(current_client)
):
    if quote_ref not in client.quote_refs:
        raise HTTPException(status_code=404)
    try:
        data = await store.read(quote_ref, name)
    except FileNotFoundError:
        raise HTTPException(status_code=404)
    media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return Response(content=data, media_type=media_type)
