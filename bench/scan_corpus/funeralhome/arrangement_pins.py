"""One-time PINs mailed to next of kin with the arrangement packet.

The PIN unlocks the family portal the first time; afterwards the family sets
a password. PINs are six digits so they can be read over the phone.
"""
import numpy as np

from fhgroup.portal import settings as portal_settings
from fhgroup.portal.models import FirstLoginPin

PIN_CONFIG = {
    "digits": 6,
    "batch_size": 250,
    "rng_seed": 20240611,
}


class PinIssuer:
    def __init__(self, config: dict | None = None):
        self.config = {**PIN_CONFIG, **(config or {})}
        self._rng = np.random.default_rng(self.config["rng_seed"])

    def _draw(self, count: int) -> list[str]:
        upper = 10 ** self.config["digits"]
        values = self._rng.integers(0, upper, size=count)
        return [str(v).zfill(self.config["digits"]) for v in values]

    def issue_for_cases(self, case_ids: list[int]) -> dict[int, str]:
        pins = self._draw(len(case_ids))
        issued = {}
        for case_id, pin in zip(case_ids, pins):
            FirstLoginPin.objects.update_or_create(
                case_id=case_id,
                defaults={"pin": pin, "ttl_days": portal_settings.FIRST_LOGIN_TTL_DAYS},
            )
            issued[case_id] = pin
        return issued
