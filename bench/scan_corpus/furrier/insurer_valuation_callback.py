"""Receives valuation decisions from the insurance underwriter.

When we send an appraisal for a mink or sable coat, the underwriter replies
asynchronously with the agreed insured value and the policy rider number.
"""
import hashlib
import hmac
import os
from decimal import Decimal

from fastapi import APIRouter, Header, HTTPException, Request
from pydantic import BaseModel

router = APIRouter(prefix="/insurer")

CALLBACK_KEY = os.environ["INSURER_CALLBACK_KEY"].encode("utf-8")
ACCEPTED_STATUSES = {"approved", "referred", "declined"}


class ValuationDecision(BaseModel):
    appraisal_id: str
    status: str
    insured_value: Decimal | None = None
    rider_number: str | None = None


def _sign(body: bytes) -> str:
    return hmac.new(CALLBACK_KEY, body, hashlib.sha512).hexdigest()


async def _record(decision: ValuationDecision) -> None:
    from .valuations import repository  # local import to avoid a cycle

    await repository.apply_decision(
        decision.appraisal_id,
        decision.status,
        decision.insured_value,
        decision.rider_number,
    )


@router.post("/valuations")
async def valuation_callback(request: Request, x_insurer_signature: str = Header(...)):
    raw = await request.body()
    if not hmac.compare_digest(_sign(raw), x_insurer_signature.lower()):
        raise HTTPException(status_code=401, detail="signature mismatch")

    decision = ValuationDecision.model_validate_json(raw)
    if decision.status not in ACCEPTED_STATUSES:
        raise HTTPException(status_code=422, detail="unknown status")
    if decision.status == "approved" and decision.insured_value is None:
        raise HTTPException(status_code=422, detail="approved without a value")

    await _record(decision)
    return {"ok": True, "appraisal_id": decision.appraisal_id}
