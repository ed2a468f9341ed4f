"""Results callback from the coding-assessment vendor."""

import hashlib
import hmac
import json
import os

from fastapi import APIRouter, Header, HTTPException, Request
from pydantic import BaseModel, Field, ValidationError

router = APIRouter()


class SectionScore(BaseModel):
    name: str = Field(max_length=100)
    score: float = Field(ge=0, le=100)


class AssessmentResult(BaseModel):
    assessment_id: str = Field(max_length=64)
    candidate_ref: str = Field(max_length=64)
    status: str
    total_score: float | None = Field(default=None, ge=0, le=100)
    sections: list[SectionScore] = Field(default_factory=list)


def _signing_secret() -> bytes:
    return os.environ["ASSESSMENT_WEBHOOK_SECRET"].encode()


@router.post("/webhooks/assessments", status_code=202)
async def assessment_result(request: Request, x_signature: str = Header(...)):
    body = await request.body()
    expected = hmac.new(_signing_secret(), body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, x_signature):
        raise HTTPException(status_code=401, detail="invalid signature")
    try:
        result = AssessmentResult.model_validate(json.loads(body))
    except (ValueError, ValidationError):
        raise HTTPException(status_code=400, detail="malformed payload") from None
    await request.app.state.results_queue.put(result)
    return {"ok": True}
