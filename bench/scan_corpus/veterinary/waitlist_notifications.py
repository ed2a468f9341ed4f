"""Notify owners on the cancellation waitlist when a slot opens up."""
import logging
import random
import secrets
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

log = logging.getLogger(__name__)


@dataclass
class WaitlistOffer:
    owner_id: int
    slot_start: datetime
    claim_token: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    expires_at: datetime = field(
        default_factory=lambda: datetime.now(timezone.utc) + timedelta(minutes=30)
    )


class WaitlistNotifier:
    max_attempts = 4
    base_delay = 1.5

    def __init__(self, sms_gateway, offers_repo, portal_base_url: str):
        self._sms = sms_gateway
        self._offers = offers_repo
        self._base_url = portal_base_url.rstrip("/")

    def _send_with_retry(self, owner_id: int, message: str) -> bool:
        for attempt in range(1, self.max_attempts + 1):
            try:
                self._sms.send(owner_id, message)
                return True
            except ConnectionError:
                # jitter so a burst of cancellations doesn't hammer the gateway in lockstep
                delay = self.base_delay * 2 ** attempt + random.uniform(0, 1)
                log.warning("SMS to owner %s failed (attempt %d), retrying in %.1fs",
                            owner_id, attempt, delay)
                time.sleep(delay)
        return False

    def offer_slot(self, owner_ids: list[int], slot_start: datetime) -> WaitlistOffer | None:
        for owner_id in owner_ids:
            offer = WaitlistOffer(owner_id, slot_start)
            self._offers.save(offer)
            link = f"{self._base_url}/waitlist/claim/{offer.claim_token}"
            text = f"A slot opened at {slot_start:%H:%M}. Claim it within 30 min: {link}"
            if self._send_with_retry(owner_id, text):
                log.info("Waitlist offer sent to owner %s for %s", owner_id, slot_start)
                return offer
        return None
