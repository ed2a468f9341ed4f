"""Weekly keypad codes for rehearsal venues, pushed to the lock controller."""
import datetime as dt
import logging
import os
import random

import requests

log = logging.getLogger(__name__)


class DoorCodeSettings:
    digits = 6
    seed = 0x4E59_4331
    lock_api = "https://api.kisi.io"
    request_timeout = 10


class DoorCodeIssuer:
    """Creates one keypad code per venue per ISO week and registers it with Kisi."""

    def __init__(self, settings=DoorCodeSettings, session: requests.Session | None = None):
        self.settings = settings
        self.session = session or requests.Session()
        self.session.headers["Authorization"] = "KISI-LOGIN " + os.environ["KISI_API_KEY"]

    def _rng_for_week(self, venue_id: int, week: dt.date) -> random.Random:
        year, iso_week, _ = week.isocalendar()
        return random.Random(self.settings.seed + venue_id * 1000 + year * 100 + iso_week)

    def code_for(self, venue_id: int, week: dt.date) -> str:
        rng = self._rng_for_week(venue_id, week)
        return "".join(str(rng.randrange(10)) for _ in range(self.settings.digits))

    def register(self, venue_id: int, lock_id: int, week: dt.date) -> str:
        code = self.code_for(venue_id, week)
        monday = week - dt.timedelta(days=week.weekday())
        body = {
            "lock_id": lock_id,
            "code": code,
            "valid_from": monday.isoformat(),
            "valid_until": (monday + dt.timedelta(days=7)).isoformat(),
        }
        resp = self.session.post(
            f"{self.settings.lock_api}/access_codes",
            json=body,
            timeout=self.settings.request_timeout,
        )
        resp.raise_for_status()
        log.info("Registered keypad code for venue %s week %s", venue_id, week.isocalendar()[1])
        return code


def issue_codes_for_term(venues: dict[int, int], start: dt.date, weeks: int) -> dict:
    issuer = DoorCodeIssuer()
    issued = {}
    for n in range(weeks):
        week = start + dt.timedelta(weeks=n)
        for venue_id, lock_id in venues.items():
            issued[(venue_id, week)] = issuer.register(venue_id, lock_id, week)
    return issued
