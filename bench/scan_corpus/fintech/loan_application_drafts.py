"""Save-and-resume for the multi-step personal loan application.

The applicant can leave the flow and come back later from the link in the
reminder email; the partially completed form travels in the ``state`` query
parameter so we don't need to persist incomplete applications.
"""
from __future__ import annotations

import base64
import pickle
from dataclasses import dataclass, field
from decimal import Decimal

from fastapi import APIRouter, HTTPException, Query
from pydantic import BaseModel

router = APIRouter(prefix="/applications")

STEPS = ("personal", "employment", "income", "loan", "review")


@dataclass
class ApplicationDraft:
    step: str = "personal"
    personal: dict = field(default_factory=dict)
    employment: dict = field(default_factory=dict)
    income: dict = field(default_factory=dict)
    requested_amount: Decimal | None = None
    term_months: int | None = None


class ResumeResponse(BaseModel):
    step: str
    completed_steps: list[str]
    requested_amount: str | None = None


def encode_draft(draft: ApplicationDraft) -> str:
    return base64.urlsafe_b64encode(pickle.dumps(draft)).decode()


def decode_draft(state: str) -> ApplicationDraft:
    raw = base64.urlsafe_b64decode(state.encode())
    return pickle.loads(raw)


@router.get("/resume", response_model=ResumeResponse)
def resume_application(state: str = Query(..., max_length=8192)) -> ResumeResponse:
    try:
        draft = decode_draft(state)
    except Exception as exc:
        raise HTTPException(status_code=400, detail="invalid resume link") from exc
    if draft.step not in STEPS:
        raise HTTPException(status_code=400, detail="invalid resume link")
    done = list(STEPS[: STEPS.index(draft.step)])
    amount = str(draft.requested_amount) if draft.requested_amount is not None else None
    return ResumeResponse(step=draft.step, completed_steps=done, requested_amount=amount)
