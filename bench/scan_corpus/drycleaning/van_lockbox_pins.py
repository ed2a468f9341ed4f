"""Issues nightly PINs for the key lockboxes at each depot van bay."""
from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from datetime import date

log = logging.getLogger("fleet.lockbox")


@dataclass(frozen=True)
class LockboxConfig:
    pin_digits: int = 6
    generator_seed: int = 20190401
    depots: tuple[str, ...] = ("north-park", "riverside", "canal-st")


class LockboxPinIssuer:
    def __init__(self, config: LockboxConfig, lockbox_api, notifier) -> None:
        self.config = config
        self.lockbox_api = lockbox_api
        self.notifier = notifier
        self._rng = self._build_generator()

    def _build_generator(self) -> random.Random:
        return random.Random(self.config.generator_seed)

    def _pin(self) -> str:
        upper = 10 ** self.config.pin_digits
        return str(self._rng.randrange(upper)).zfill(self.config.pin_digits)

    def rotate_all(self, rota: dict[str, list[str]], day: date) -> dict[str, str]:
        """Programs a fresh PIN into every depot lockbox and texts the drivers on shift."""
        issued: dict[str, str] = {}
        for depot in self.config.depots:
            pin = self._pin()
            self.lockbox_api.set_pin(depot=depot, pin=pin, valid_on=day.isoformat())
            for driver_phone in rota.get(depot, []):
                self.notifier.send(driver_phone, f"{depot} van bay lockbox PIN for {day:%d %b}: {pin}")
            issued[depot] = pin
            log.info("Rotated lockbox for depot %s", depot)
        return issued
