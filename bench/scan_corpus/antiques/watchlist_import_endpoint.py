"""Lets buyers restore a watchlist exported from the storefront's desktop companion app."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime

import jsonpickle
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from storefront.auth import current_buyer_id
from storefront.watchlists import WatchlistStore

router = APIRouter(prefix="/account/watchlist", tags=["watchlist"])
MAX_EXPORT_BYTES = int(os.environ.get("WATCHLIST_IMPORT_MAX_BYTES", "262144"))


@dataclass
class WatchedLot:
    lot_number: str
    max_bid_pence: int | None = None
    note: str = ""


@dataclass
class WatchlistExport:
    exported_at: datetime
    lots: list[WatchedLot] = field(default_factory=list)


class ExportReader:
    """Reads the file produced by the companion app's 'Export watchlist' menu item."""

    def __init__(self, encoding: str = "utf-8") -> None:
        self.encoding = encoding

    def read(self, raw: bytes) -> WatchlistExport:
        restored = jsonpickle.decode(raw.decode(self.encoding), keys=True)
        if not isinstance(restored, WatchlistExport):
            raise ValueError("not a watchlist export")
        return restored


@router.post("/import")
async def import_watchlist(
    export_file: UploadFile = File(...),
    buyer_id: str = Depends(current_buyer_id),
) -> dict[str, int]:
    raw = await export_file.read(MAX_EXPORT_BYTES + 1)
    if len(raw) > MAX_EXPORT_BYTES:
        raise HTTPException(413, "export file too large")
    try:
        export = ExportReader().read(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise HTTPException(400, "unreadable watchlist export") from exc
    store = WatchlistStore.for_buyer(buyer_id)
    added = 0
    for item in export.lots:
        added += store.add(item.lot_number, max_bid_pence=item.max_bid_pence, note=item.note[:500])
    return {"imported": added}
