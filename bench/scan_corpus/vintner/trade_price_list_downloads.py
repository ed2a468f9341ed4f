"""Downloadable trade price lists for approved trade accounts.

Each trade price band (on-trade, independent, export) has its own folder of
current price lists, and a buyer may fetch any file for their own band.
"""

from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from vintner.config import settings
from vintner.trade.auth import TradeBuyer, current_trade_buyer

router = APIRouter(prefix="/trade/price-lists")

PRICE_LIST_ROOT = Path(settings.TRADE_PRICE_LIST_DIR).resolve()
MEDIA_TYPES = {
    ".pdf": "application/pdf",
    ".csv": "text/csv",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _band_dir(buyer: TradeBuyer) -> Path:
    return (PRICE_LIST_ROOT / buyer.price_band).resolve()


@router.get("/")
async def available_price_lists(buyer: TradeBuyer = Depends(current_trade_buyer)):
    folder = _band_dir(buyer)
    return [p.name for p in sorted(folder.iterdir()) if p.suffix in MEDIA_TYPES]


@router.get("/{filename}")
async def download_price_list(filename: str, buyer: TradeBuyer = Depends(current_trade_buyer)):
    band_dir = _band_dir(buyer)
    candidate = (band_dir / filename).resolve()
    if not candidate.is_relative_to(band_dir) or not candidate.is_file():
        raise HTTPException(status_code=404, detail="Price list not found")
    media_type = MEDIA_TYPES.get(candidate.suffix)
    if media_type is None:
        raise HTTPException(status_code=404, detail="Price list not found")
    return FileResponse(candidate, media_type=media_type, filename=candidate.name)
