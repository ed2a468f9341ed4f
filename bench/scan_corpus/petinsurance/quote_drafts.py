"""Save and resume partially completed insurance quotes in the customer app.

The app keeps the draft client-side and posts it back when the user returns,
so abandoned quotes need no server storage.
"""
import jsonpickle
from fastapi import APIRouter, Body, HTTPException

from .pricing import PremiumCalculator
from .schemas import QuoteDraft, QuoteResponse

router = APIRouter(prefix="/quotes", tags=["quotes"])
calculator = PremiumCalculator()


@router.post("/draft")
def save_draft(draft: QuoteDraft) -> dict:
    return {"blob": jsonpickle.encode(draft)}


@router.post("/resume", response_model=QuoteResponse)
def resume_draft(blob: str = Body(..., embed=True)) -> QuoteResponse:
    draft = jsonpickle.decode(blob)
    if not isinstance(draft, QuoteDraft):
        raise HTTPException(status_code=400, detail="not a quote draft")
    premium = calculator.monthly_premium(
        species=draft.species,
        breed=draft.breed,
        age_years=draft.age_years,
        postcode=draft.postcode,
        excess=draft.excess,
    )
    return QuoteResponse(draft=draft, monthly_premium=premium)
