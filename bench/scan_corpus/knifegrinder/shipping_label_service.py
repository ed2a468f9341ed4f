"""Serves prepaid return shipping labels for mail-in orders.

Labels are bought from the carrier when an order is booked and cached
as PDFs so the customer can reprint them from the tracking page.
"""
import aiofiles
from fastapi import FastAPI, HTTPException
from fastapi.responses import Response

from knifegrinder.settings import get_settings

app = FastAPI()
cfg = get_settings()

LABEL_DIR = cfg.label_cache_dir
CARRIER_FORMATS = {"pdf": "application/pdf", "zpl": "application/x-zpl"}


def _label_location(label_name: str, fmt: str) -> str:
    return f"{LABEL_DIR}/{fmt}/{label_name}"


async def _read_label(location: str) -> bytes:
    try:
        async with aiofiles.open(location, "rb") as fh:
            return await fh.read()
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="label not found")


@app.get("/labels/{fmt}/{label_name}")
async def get_label(fmt: str, label_name: str):
    media_type = CARRIER_FORMATS.get(fmt)
    if media_type is None:
        raise HTTPException(status_code=400, detail="unsupported label format")
    body = await _read_label(_label_location(label_name, fmt))
    return Response(
        content=body,
        media_type=media_type,
        headers={"Content-Disposition": f'inline; filename="{label_name}"'},
    )


@app.get("/labels/formats")
async def list_formats():
    return sorted(CARRIER_FORMATS)
