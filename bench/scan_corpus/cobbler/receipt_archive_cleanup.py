"""Endpoint the store tablet calls to discard scanned drop-off receipts.

When a customer re-scans a receipt, the tablet asks the server to delete
the earlier scan from the receipts volume.
"""
import os
import re

import aiofiles.os
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from cobbler.auth import StoreDevice, require_store_device
from cobbler.config import settings

router = APIRouter(prefix="/receipts")

TICKET_NO = re.compile(r"[A-Z]{3}\d{2}-\d{6}")


class DiscardRequest(BaseModel):
    ticket_no: str
    scan_name: str


def receipts_dir(store_code: str) -> str:
    return os.path.join(settings.RECEIPT_ROOT, store_code)


@router.post("/discard")
async def discard_scan(body: DiscardRequest, device: StoreDevice = Depends(require_store_device)):
    target = os.path.join(receipts_dir(device.store_code), body.ticket_no, body.scan_name)
    if not await aiofiles.os.path.exists(target):
        raise HTTPException(status_code=404, detail="scan not found")
    await aiofiles.os.remove(target)
    return {"deleted": body.scan_name}


@router.get("/{ticket_no}")
async def list_scans(ticket_no: str, device: StoreDevice = Depends(require_store_device)):
    if not TICKET_NO.fullmatch(ticket_no):
        raise HTTPException(status_code=400, detail="bad ticket number")
    folder = os.path.join(receipts_dir(device.store_code), ticket_no)
    if not await aiofiles.os.path.isdir(folder):
        return {"scans": []}
    return {"scans": sorted(await aiofiles.os.listdir(folder))}
