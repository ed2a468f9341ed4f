"""Dispatch of swarm-collection callouts to volunteer collectors."""
import random
import string
from datetime import datetime, timedelta, timezone

from skepmaker.notifications import send_sms
from skepmaker.swarms.models import Collector, SwarmCallout

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 8
CLAIM_WINDOW = timedelta(minutes=45)


class CalloutDispatcher:
    def __init__(self, session, sms_sender=send_sms):
        self.session = session
        self.sms_sender = sms_sender

    def _claim_code(self) -> str:
        return "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))

    def nearby_collectors(self, callout: SwarmCallout, radius_km: float = 15.0):
        candidates = self.session.query(Collector).filter(Collector.available.is_(True)).all()
        return [c for c in candidates if c.distance_to(callout.lat, callout.lon) <= radius_km]

    def dispatch(self, callout: SwarmCallout) -> int:
        callout.claim_code = self._claim_code()
        callout.claim_expires_at = datetime.now(timezone.utc) + CLAIM_WINDOW
        self.session.commit()
        sent = 0
        for collector in self.nearby_collectors(callout):
            self.sms_sender(
                collector.phone,
                f"Swarm reported near {callout.area_name}. "
                f"Reply CLAIM {callout.claim_code} to take it and receive the address.",
            )
            sent += 1
        return sent

    def claim(self, collector: Collector, code: str):
        callout = (
            self.session.query(SwarmCallout)
            .filter(SwarmCallout.claim_code == code.strip().upper())
            .filter(SwarmCallout.claimed_by_id.is_(None))
            .first()
        )
        if callout is None or callout.claim_expires_at < datetime.now(timezone.utc):
            return None
        callout.claimed_by_id = collector.id
        self.session.commit()
        return {"address": callout.address, "contact_phone": callout.reporter_phone}
