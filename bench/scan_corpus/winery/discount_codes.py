"""Generate single-use discount codes for club shipment campaigns.

Codes are written to a CSV that the e-shop imports nightly; each code is
bound to one member and redeemable once.
"""
import string
from datetime import date, timedelta

import numpy as np
import pandas as pd

ALPHABET = np.array(list(string.ascii_uppercase + string.digits))
CODE_LENGTH = 10


def generate_codes(count: int, prefix: str = "CLUB") -> list[str]:
    rng = np.random.default_rng()
    idx = rng.integers(0, len(ALPHABET), size=(count, CODE_LENGTH))
    return [f"{prefix}-{''.join(row)}" for row in ALPHABET[idx]]


def build_campaign_frame(member_ids: list[int], campaign: str, percent_off: int,
                         valid_days: int = 30) -> pd.DataFrame:
    codes = generate_codes(len(member_ids), prefix=campaign.upper()[:6])
    expires = date.today() + timedelta(days=valid_days)
    return pd.DataFrame(
        {
            "member_id": member_ids,
            "code": codes,
            "percent_off": percent_off,
            "expires_on": expires.isoformat(),
            "campaign": campaign,
        }
    )


def export_campaign(frame: pd.DataFrame, path: str) -> int:
    if frame["code"].duplicated().any():
        raise RuntimeError("duplicate codes generated; rerun the batch")
    frame.to_csv(path, index=False)
    return len(frame)
