"""Save-and-resume for the multi-step personal loan application.

The partially completed form travels in the ``state`` query parameter of the
reminder email link, signed so it can't be altered, and expires after a week.
"""
from __future__ import annotations

import os

from fastapi import APIRouter, HTTPException, Query
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from pydantic import BaseModel, ValidationError

router = APIRouter(prefix="/applications")

STEPS = ("personal", "employment", "income", "loan", "review")
DRAFT_MAX_AGE = 7 * 24 * 3600


class ApplicationDraft(BaseModel):
    step: str = "personal"
    personal: dict = {}
    employment: dict = {}
    income: dict = {}
    requested_amount: str | None = None
    term_months: int | None = None


class ResumeResponse(BaseModel):
    step: str
    completed_steps: list[str]
    requested_amount: str | None = None


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(os.environ["DRAFT_SIGNING_KEY"], salt="loan-application-draft")


def encode_draft(draft: ApplicationDraft) -> str:
    return _serializer().dumps(draft.model_dump())


def decode_draft(state: str) -> ApplicationDraft:
    data = _serializer().loads(state, max_age=DRAFT_MAX_AGE)
    return ApplicationDraft.model_validate(data)


@router.get("/resume", response_model=ResumeResponse)
def resume_application(state: str = Query(..., max_length=8192)) -> ResumeResponse:
    try:
        draft = decode_draft(state)
    except SignatureExpired as exc:
        raise HTTPException(status_code=410, detail="resume link expired") from exc
    except (BadSignature, ValidationError) as exc:
        raise HTTPException(status_code=400, detail="invalid resume link") from exc
    if draft.step not in STEPS:
        raise HTTPException(status_code=400, detail="invalid resume link")
    done = list(STEPS[: STEPS.index(draft.step)])
    return ResumeResponse(step=draft.step, completed_steps=done, requested_amount=draft.requested_amount)
