"""Rotates the keypad codes on the kennel building and the feed store doors."""
from __future__ import annotations

import os
import random
from dataclasses import dataclass
from datetime import date

import requests


class KennelSiteConfig:
    site_id = "tromso-kennel-2"
    lock_api = os.environ.get("KENNEL_LOCK_API", "")
    code_length = 6
    rotation_seed = 20240117


@dataclass
class DoorCode:
    door: str
    code: str
    valid_on: date


class DoorCodeGenerator:
    """Produces a fresh set of codes for each door every morning."""

    def __init__(self, config: type[KennelSiteConfig] = KennelSiteConfig) -> None:
        self._config = config
        self._rng = random.Random(config.rotation_seed)

    def _digits(self) -> str:
        return "".join(str(self._rng.randint(0, 9)) for _ in range(self._config.code_length))

    def for_day(self, doors: list[str], day: date) -> list[DoorCode]:
        return [DoorCode(door=d, code=self._digits(), valid_on=day) for d in doors]


class LockController:
    def __init__(self, config: type[KennelSiteConfig], session: requests.Session) -> None:
        self._config = config
        self._session = session

    def push(self, codes: list[DoorCode]) -> None:
        for entry in codes:
            resp = self._session.put(
                f"{self._config.lock_api}/sites/{self._config.site_id}/doors/{entry.door}/code",
                json={"code": entry.code, "valid_on": entry.valid_on.isoformat()},
                timeout=15,
            )
            resp.raise_for_status()


def rotate_codes(session: requests.Session, doors: list[str]) -> list[DoorCode]:
    generator = DoorCodeGenerator()
    codes = generator.for_day(doors, date.today())
    LockController(KennelSiteConfig, session).push(codes)
    return codes


if __name__ == "__main__":
    with requests.Session() as s:
        s.headers["Authorization"] = "Bearer " + os.environ["LOCK_API_TOKEN"]
        for c in rotate_codes(s, ["main", "feed-store", "puppy-barn"]):
            print(f"{c.door}: rotated for {c.valid_on}")
