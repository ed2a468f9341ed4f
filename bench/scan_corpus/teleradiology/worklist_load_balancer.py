"""Distributes unassigned overnight studies across on-duty radiologists.

Assignment is weighted by each radiologist's remaining capacity for the
shift; ties are broken at random so the same person is not always first.
Failed pushes to the reading workstation are retried with jittered backoff.
"""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass

import httpx

log = logging.getLogger(__name__)


@dataclass
class OnDutyRadiologist:
    id: int
    workstation_url: str
    capacity_rvu: float
    assigned_rvu: float = 0.0
    licensed_states: frozenset[str] = frozenset()

    @property
    def headroom(self) -> float:
        return max(self.capacity_rvu - self.assigned_rvu, 0.0)


@dataclass(frozen=True)
class PendingStudy:
    accession: str
    state: str
    rvu: float


def pick_radiologist(study: PendingStudy, roster: list[OnDutyRadiologist]) -> OnDutyRadiologist | None:
    eligible = [r for r in roster if study.state in r.licensed_states and r.headroom >= study.rvu]
    if not eligible:
        return None
    return random.choices(eligible, weights=[r.headroom for r in eligible], k=1)[0]


def _push(client: httpx.Client, radiologist: OnDutyRadiologist, study: PendingStudy, attempts: int = 4) -> bool:
    for attempt in range(attempts):
        try:
            resp = client.post(f"{radiologist.workstation_url}/worklist/push", json={"accession": study.accession})
            resp.raise_for_status()
            return True
        except httpx.HTTPError as exc:
            delay = min(2 ** attempt, 10) + random.uniform(0, 0.5)
            log.warning("push of %s to %s failed (%s); retrying in %.1fs", study.accession, radiologist.id, exc, delay)
            time.sleep(delay)
    return False


def balance(studies: list[PendingStudy], roster: list[OnDutyRadiologist], client: httpx.Client) -> dict[str, int]:
    assignments: dict[str, int] = {}
    for study in sorted(studies, key=lambda s: s.rvu, reverse=True):
        radiologist = pick_radiologist(study, roster)
        if radiologist is None:
            log.info("no eligible radiologist for %s (%s)", study.accession, study.state)
            continue
        if _push(client, radiologist, study):
            radiologist.assigned_rvu += study.rvu
            assignments[study.accession] = radiologist.id
    return assignments
