"""Claim codes for delayed-baggage delivery (courier hand-over to passenger).

Each mishandled-bag file gets a record id and a claim code that the
passenger shows to the courier. The code is single use.
"""
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

CLAIM_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CLAIM_CODE_LENGTH = 10
CLAIM_VALIDITY = timedelta(days=5)


def new_claim_code() -> str:
    return "".join(secrets.choice(CLAIM_CODE_ALPHABET) for _ in range(CLAIM_CODE_LENGTH))


@dataclass
class DeliveryClaim:
    file_reference: str  # WorldTracer file, e.g. LHRBA12345
    bag_tag: str
    record_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    claim_code: str = field(default_factory=new_claim_code)
    expires_at: datetime = field(
        default_factory=lambda: datetime.now(timezone.utc) + CLAIM_VALIDITY
    )
    redeemed: bool = False


class ClaimRegistry:
    def __init__(self):
        self._by_code: dict[str, DeliveryClaim] = {}

    def open_claim(self, file_reference: str, bag_tag: str) -> DeliveryClaim:
        claim = DeliveryClaim(file_reference=file_reference, bag_tag=bag_tag)
        self._by_code[claim.claim_code] = claim
        return claim

    def redeem(self, code: str) -> DeliveryClaim | None:
        claim = self._by_code.pop(code.strip().upper(), None)
        if claim is None or claim.expires_at < datetime.now(timezone.utc):
            return None
        claim.redeemed = True
        return claim
