"""In-process referral store.

Production keeps referrals in the clinic's scheduling database; this store mirrors the small
part of its interface the API needs, which keeps the handlers easy to test.
"""
import itertools
import threading
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone

STATUSES = ("open", "sent", "booked", "closed")


@dataclass
class Referral:
    id: int
    patient_ref: str
    specialty: str
    reason: str
    status: str = "open"
    created_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat())

    def to_dict(self):
        return asdict(self)


class ReferralStore:
    def __init__(self):
        self._items = {}
        self._ids = itertools.count(1)
        self._lock = threading.Lock()

    def add(self, patient_ref, specialty, reason):
        with self._lock:
            referral = Referral(next(self._ids), patient_ref, specialty, reason)
            self._items[referral.id] = referral
        return referral

    def get(self, referral_id):
        return self._items.get(referral_id)

    def open_referrals(self):
        return [r for r in self._items.values() if r.status != "closed"]

    def set_status(self, referral_id, status):
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        referral = self._items[referral_id]
        referral.status = status
        return referral
