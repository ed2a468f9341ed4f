"""Generate a batch of single-use voucher codes for a partner campaign.

Run from the campaign scheduler; writes codes into the voucher table in
chunks so a 500k batch doesn't hold one giant transaction open.
"""
import datetime as dt
from dataclasses import dataclass

import numpy as np
from sqlalchemy import insert
from sqlalchemy.orm import Session

from loyalty.models import Voucher

# No 0/O or 1/I so codes can be read out over the phone.
ALPHABET = np.array(list("ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))
CODE_LENGTH = 10
CHUNK = 5_000


@dataclass
class BatchRequest:
    campaign_id: int
    quantity: int
    points_value: int
    expires_on: dt.date


def _make_codes(n: int) -> list[str]:
    rng = np.random.default_rng()
    idx = rng.integers(0, len(ALPHABET), size=(n, CODE_LENGTH))
    return ["".join(row) for row in ALPHABET[idx]]


def issue_batch(session: Session, req: BatchRequest) -> int:
    issued = 0
    while issued < req.quantity:
        n = min(CHUNK, req.quantity - issued)
        rows = [
            {
                "code": code,
                "campaign_id": req.campaign_id,
                "points_value": req.points_value,
                "expires_on": req.expires_on,
                "redeemed": False,
            }
            for code in _make_codes(n)
        ]
        session.execute(insert(Voucher), rows)
        session.commit()
        issued += n
    return issued
