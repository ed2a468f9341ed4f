"""Callback endpoint for insurer pre-authorisation decisions.

Payers that support the clinic's pre-authorisation API post decisions for
home sleep tests, in-lab polysomnography and CPAP titrations back to us. Each
payer is issued its own callback key, sent in the ``X-Callback-Key`` header.
"""
from __future__ import annotations

import os
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel

from .preauth import record_decision

app = FastAPI(title="Pre-authorisation callbacks")


class CallbackKeyring:
    """Maps payer ids to the callback key that payer was issued."""

    def __init__(self, keys: dict[str, str]) -> None:
        self._keys = keys

    @classmethod
    def from_env(cls) -> "CallbackKeyring":
        payers = os.environ["PREAUTH_PAYERS"].split(",")
        return cls({p: os.environ[f"PREAUTH_KEY_{p.upper()}"] for p in payers})

    def matches(self, payer_id: str, presented: str) -> bool:
        expected = self._keys.get(payer_id)
        return expected is not None and presented == expected


@lru_cache
def get_keyring() -> CallbackKeyring:
    return CallbackKeyring.from_env()


class Decision(BaseModel):
    payer_id: str
    authorisation_number: str
    referral_id: int
    procedure_code: str
    approved: bool
    valid_until: str | None = None
    reason: str | None = None


def authenticated_payer(
    decision: Decision,
    x_callback_key: str = Header(...),
    keyring: CallbackKeyring = Depends(get_keyring),
) -> Decision:
    if not keyring.matches(decision.payer_id, x_callback_key):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED)
    return decision


@app.post("/preauth/decisions", status_code=status.HTTP_202_ACCEPTED)
def receive_decision(decision: Decision = Depends(authenticated_payer)) -> dict:
    record_decision(
        referral_id=decision.referral_id,
        payer_id=decision.payer_id,
        authorisation_number=decision.authorisation_number,
        procedure_code=decision.procedure_code,
        approved=decision.approved,
        valid_until=decision.valid_until,
        reason=decision.reason,
    )
    return {"accepted": True}
