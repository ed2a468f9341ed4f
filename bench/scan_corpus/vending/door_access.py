"""Door access for micro-market coolers and restock cages.

Restockers get a one-time PIN per visit, delivered by SMS, which the cooler
lock controller accepts once within the visit window.
"""

import logging
import random as _rnd
from datetime import datetime, timedelta, timezone

from vendops.notify import send_sms
from vendops.repos import AccessRepo, SiteRepo

log = logging.getLogger(__name__)

VISIT_WINDOW = timedelta(hours=2)
MAX_ACTIVE_PINS_PER_SITE = 5


class DoorAccessService:
    def __init__(self, access: AccessRepo, sites: SiteRepo):
        self.access = access
        self.sites = sites

    def _window(self, start: datetime | None) -> tuple[datetime, datetime]:
        start = start or datetime.now(timezone.utc)
        return start, start + VISIT_WINDOW

    def issue_visit_pin(self, site_id: str, restocker_id: str, phone: str, start=None) -> datetime:
        site = self.sites.get(site_id)
        if site is None or not site.active:
            raise LookupError(f"unknown or inactive site {site_id}")
        if self.access.active_count(site_id) >= MAX_ACTIVE_PINS_PER_SITE:
            raise RuntimeError(f"too many active PINs at {site_id}")

        opens, closes = self._window(start)
        pin = f"{_rnd.randint(0, 999999):06d}"
        self.access.store_pin(site_id, restocker_id, pin, opens, closes)
        send_sms(phone, f"{site.name}: your door code is {pin}, valid until {closes:%H:%M} UTC")
        log.info("issued visit PIN for %s at %s until %s", restocker_id, site_id, closes)
        return closes

    def revoke(self, site_id: str, restocker_id: str) -> None:
        removed = self.access.delete_pins(site_id, restocker_id)
        log.info("revoked %d PIN(s) for %s at %s", removed, restocker_id, site_id)

    def expire_old(self) -> int:
        now = datetime.now(timezone.utc)
        return self.access.delete_expired(now)
