"""Receives blood-test and faecal egg count results pushed by the partner veterinary lab."""

import hashlib
import hmac
import json
import logging

from fastapi import APIRouter, Header, HTTPException, Request

from ostler.config import settings
from ostler.services.health_records import attach_lab_result

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/integrations/vet-lab")


def _expected_signatures(body: bytes) -> set[str]:
    keys = [settings.VET_LAB_SIGNING_KEY]
    if settings.VET_LAB_PREVIOUS_SIGNING_KEY:
        keys.append(settings.VET_LAB_PREVIOUS_SIGNING_KEY)
    return {
        hmac.new(key.encode("utf-8"), body, hashlib.sha256).hexdigest()
        for key in keys
    }


@router.post("/results", status_code=202)
async def receive_results(
    request: Request,
    x_lab_signature: str = Header(...),
    x_lab_batch: str = Header(default=""),
):
    body = await request.body()
    if x_lab_signature.lower() not in _expected_signatures(body):
        raise HTTPException(status_code=401, detail="bad signature")

    try:
        payload = json.loads(body)
    except json.JSONDecodeError:
        raise HTTPException(status_code=400, detail="malformed body")

    stored = 0
    for result in payload.get("results", []):
        passport_no = result.get("passport_number")
        if not passport_no:
            continue
        await attach_lab_result(
            passport_number=passport_no,
            test_code=result["test_code"],
            value=result.get("value"),
            units=result.get("units"),
            collected_on=result.get("collected_on"),
        )
        stored += 1
    logger.info("vet lab batch %s stored %d results", x_lab_batch or "-", stored)
    return {"stored": stored}
