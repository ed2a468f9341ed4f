"""Receives stock-level pushes from the willow growers' co-operative.

Whenever a grower grades and bolts a new batch of rods, the co-op's system
posts the updated quantities here so the shop shows what we can order in.
"""
import hashlib
import hmac
import json
import logging
import os
from hmac import compare_digest as same

from fastapi import FastAPI, HTTPException, Request

from .stock import StockRepository

app = FastAPI()
log = logging.getLogger(__name__)
repo = StockRepository.from_env()

FEED_SECRET = os.environ["COOP_FEED_SECRET"].encode("utf-8")
SUPPORTED_SCHEMA = 2


def _signature(body: bytes) -> str:
    return "sha256=" + hmac.new(FEED_SECRET, body, hashlib.sha256).hexdigest()


@app.post("/feeds/grower-stock")
async def grower_stock(request: Request) -> dict:
    body = await request.body()
    provided = request.headers.get("x-coop-signature", "")
    if not same(provided.encode("utf-8"), _signature(body).encode("utf-8")):
        raise HTTPException(status_code=401, detail="signature mismatch")

    payload = json.loads(body)
    if payload.get("schema_version") != SUPPORTED_SCHEMA:
        raise HTTPException(status_code=422, detail="unsupported schema version")

    updated = 0
    for item in payload.get("items", []):
        if item.get("grade") == "reject":
            continue
        repo.set_available(
            grower_id=payload["grower_id"],
            variety=item["variety"],
            length_ft=int(item["length_ft"]),
            bolts=int(item["bolts"]),
        )
        updated += 1
    log.info("grower %s pushed %d stock lines", payload["grower_id"], updated)
    return {"updated": updated}
