"""Push the school's rehearsal schedule to the regional pipe band association.

The association runs a shared calendar for competition and rehearsal
venues.  Each member school has an API token issued by the association and
provided to this job through its environment.
"""
from __future__ import annotations

import logging
import os
from dataclasses import asdict, dataclass
from datetime import date
from typing import Iterable, List

import httpx

log = logging.getLogger(__name__)


@dataclass
class RehearsalSlot:
    band: str
    day: date
    starts: str
    ends: str
    venue: str

    def as_payload(self) -> dict:
        data = asdict(self)
        data["day"] = self.day.isoformat()
        return data


class AssociationCalendarClient:
    def __init__(self, base_url: str, token: str, school_code: str):
        self._school_code = school_code
        self._client = httpx.Client(
            base_url=base_url,
            timeout=30,
            headers={
                "Authorization": f"Bearer {token}",
                "User-Agent": f"bagpipeschool-sync/{os.environ.get('APP_RELEASE', 'dev')}",
            },
        )

    @classmethod
    def from_env(cls) -> "AssociationCalendarClient":
        return cls(
            base_url=os.environ["ASSOCIATION_API_URL"],
            token=os.environ["ASSOCIATION_API_TOKEN"],
            school_code=os.environ["ASSOCIATION_SCHOOL_CODE"],
        )

    def push(self, slots: Iterable[RehearsalSlot]) -> int:
        body: List[dict] = [s.as_payload() for s in slots]
        resp = self._client.put(f"/schools/{self._school_code}/rehearsals", json=body)
        resp.raise_for_status()
        accepted = resp.json().get("accepted", 0)
        log.info("association accepted %d of %d rehearsal slots", accepted, len(body))
        return accepted

    def close(self) -> None:
        self._client.close()


def main() -> None:
    from .schedule import upcoming_rehearsals

    logging.basicConfig(level=logging.INFO)
    client = AssociationCalendarClient.from_env()
    try:
        slots = [RehearsalSlot(r.band, r.day, r.starts, r.ends, r.venue)
                 for r in upcoming_rehearsals(weeks=8)]
        client.push(slots)
    finally:
        client.close()


if __name__ == "__main__":
    main()
