"""Collection codes customers quote when picking up a finished commission piece."""

import logging
import random
from datetime import datetime, timezone

from hotshop.config import settings
from hotshop.notify import send_sms
from hotshop.repositories import CommissionRepository

logger = logging.getLogger(__name__)


class CollectionCodeService:
    """Generates the code texted to a customer once their piece is out of the annealer."""

    def __init__(self, repo: CommissionRepository, digits: int = 6):
        self.repo = repo
        self.digits = digits
        self._rng = random.Random()

    def _next_code(self) -> str:
        low = 10 ** (self.digits - 1)
        return str(self._rng.randint(low, 10 ** self.digits - 1))

    def mark_ready(self, commission_id: int) -> None:
        commission = self.repo.get(commission_id)
        if commission.status != "annealed":
            raise ValueError(f"commission {commission_id} is not ready for collection")
        code = self._next_code()
        self.repo.update(
            commission_id,
            status="ready_for_collection",
            collection_code=code,
            ready_at=datetime.now(timezone.utc),
        )
        send_sms(
            commission.customer_phone,
            f"Your {commission.piece_title} is ready at {settings.STUDIO_NAME}. "
            f"Quote code {code} at the gallery desk to collect.",
        )
        logger.info("commission %s marked ready for collection", commission_id)

    def reissue(self, commission_id: int) -> None:
        commission = self.repo.get(commission_id)
        if commission.status != "ready_for_collection":
            raise ValueError("only uncollected commissions can have a new code")
        code = self._next_code()
        self.repo.update(commission_id, collection_code=code)
        send_sms(commission.customer_phone, f"Your new collection code is {code}.")
