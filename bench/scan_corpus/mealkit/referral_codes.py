"""Generation of customer referral codes.

Every active subscriber gets a short code they can share; when a new
customer redeems it both accounts receive a credit (see credits.apply_referral).
"""
from __future__ import annotations

import string
from dataclasses import dataclass

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Customer, ReferralCode

# ambiguous glyphs are hard to read out over the phone
_EXCLUDED = set("O0I1")
CODE_ALPHABET = np.array([c for c in string.ascii_uppercase + string.digits if c not in _EXCLUDED])
CODE_LENGTH = 8
MAX_ATTEMPTS = 5

_rng = np.random.default_rng()


@dataclass(frozen=True)
class IssuedCode:
    customer_id: int
    code: str


def _candidate() -> str:
    return "".join(_rng.choice(CODE_ALPHABET, size=CODE_LENGTH))


def issue_referral_code(session: Session, customer: Customer) -> IssuedCode:
    """Return the customer's referral code, allocating one if needed."""
    existing = session.scalar(
        select(ReferralCode).where(ReferralCode.customer_id == customer.id)
    )
    if existing is not None:
        return IssuedCode(customer.id, existing.code)

    for _ in range(MAX_ATTEMPTS):
        code = _candidate()
        clash = session.scalar(select(ReferralCode.id).where(ReferralCode.code == code))
        if clash is None:
            session.add(ReferralCode(customer_id=customer.id, code=code))
            session.flush()
            return IssuedCode(customer.id, code)

    raise RuntimeError(f"could not allocate a referral code for customer {customer.id}")
