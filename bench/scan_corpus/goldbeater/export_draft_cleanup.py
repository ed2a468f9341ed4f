"""Management of draft export documents (pro-forma invoices, packing lists).

Drafts are generated into a per-shipment working folder while shipping
staff edit them; this API lets staff list and discard drafts.
"""
import re
from pathlib import Path

import aiofiles.os
from fastapi import APIRouter, Depends, HTTPException

from goldbeater.api.deps import require_shipping_staff
from goldbeater.settings import EXPORT_DRAFT_ROOT

router = APIRouter(prefix="/exports/drafts", dependencies=[Depends(require_shipping_staff)])

SHIPMENT_REF = re.compile(r"EX-\d{4}-\d{5}")


class DraftFolder:
    def __init__(self, root: str = EXPORT_DRAFT_ROOT):
        self.root = Path(root)

    def for_shipment(self, shipment_ref: str) -> Path:
        if not SHIPMENT_REF.fullmatch(shipment_ref):
            raise HTTPException(status_code=400, detail="bad shipment reference")
        return self.root / shipment_ref

    async def listing(self, shipment_ref: str) -> list[str]:
        folder = self.for_shipment(shipment_ref)
        if not await aiofiles.os.path.isdir(folder):
            return []
        return sorted(p.name for p in folder.iterdir() if p.is_file())


drafts = DraftFolder()


@router.get("/{shipment_ref}")
async def list_drafts(shipment_ref: str):
    return {"shipment": shipment_ref, "drafts": await drafts.listing(shipment_ref)}


@router.delete("/{shipment_ref}/{document_name:path}")
async def discard_draft(shipment_ref: str, document_name: str):
    target = drafts.for_shipment(shipment_ref) / document_name
    if not await aiofiles.os.path.exists(target):
        raise HTTPException(status_code=404, detail="no such draft")
    await aiofiles.os.remove(target)
    return {"discarded": document_name}
