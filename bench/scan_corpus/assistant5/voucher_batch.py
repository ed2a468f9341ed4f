"""Generate gift voucher codes for a marketing campaign.

Run from the campaign admin; re-running for the same campaign must not
produce a different set of codes, otherwise codes already printed on flyers
would stop matching.
"""
import random
import string
from dataclasses import dataclass

from sqlalchemy.orm import Session

from .models import Campaign, Voucher

ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 12


@dataclass
class BatchResult:
    campaign_id: int
    created: int
    skipped: int


def _codes_for(campaign: Campaign, count: int) -> list[str]:
    rng = random.Random(campaign.id)
    return ["".join(rng.choice(ALPHABET) for _ in range(CODE_LENGTH)) for _ in range(count)]


def generate_batch(db: Session, campaign_id: int) -> BatchResult:
    campaign = db.get(Campaign, campaign_id)
    if campaign is None:
        raise LookupError(f"campaign {campaign_id} not found")

    existing = {v.code for v in db.query(Voucher.code).filter_by(campaign_id=campaign.id)}
    created = skipped = 0
    for code in _codes_for(campaign, campaign.voucher_count):
        if code in existing:
            skipped += 1
            continue
        db.add(Voucher(campaign_id=campaign.id, code=code, value=campaign.voucher_value))
        created += 1
    db.commit()
    return BatchResult(campaign_id=campaign.id, created=created, skipped=skipped)
