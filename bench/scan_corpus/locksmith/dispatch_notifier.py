"""Job dispatch: pick a technician for an incoming call-out and notify them."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone
from math import asin, cos, radians, sin, sqrt

import httpx

log = logging.getLogger(__name__)

MAX_OPEN_JOBS = 4


@dataclass
class Technician:
    id: int
    name: str
    lat: float
    lon: float
    skills: set[str] = field(default_factory=set)
    on_shift: bool = True
    open_jobs: int = 0


@dataclass
class CallOut:
    ref: str
    lat: float
    lon: float
    kind: str            # "lockout", "rekey", "access-control", ...
    priority: int = 3


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dlat, dlon = radians(lat2 - lat1), radians(lon2 - lon1)
    a = sin(dlat / 2) ** 2 + cos(radians(lat1)) * cos(radians(lat2)) * sin(dlon / 2) ** 2
    return 6371 * 2 * asin(sqrt(a))


def choose_technician(job: CallOut, techs: list[Technician]) -> Technician | None:
    eligible = [
        t for t in techs
        if t.on_shift and job.kind in t.skills and t.open_jobs < MAX_OPEN_JOBS
    ]
    if not eligible:
        return None
    return min(eligible, key=lambda t: (_km(job.lat, job.lon, t.lat, t.lon), t.open_jobs))


def notify(tech: Technician, job: CallOut) -> None:
    body = {
        "technician_id": tech.id,
        "job_ref": job.ref,
        "kind": job.kind,
        "priority": job.priority,
        "sent_at": datetime.now(timezone.utc).isoformat(),
    }
    r = httpx.post("http://10.8.0.12:8081/push", json=body, timeout=10.0)
    r.raise_for_status()


def dispatch(job: CallOut, techs: list[Technician]) -> Technician | None:
    tech = choose_technician(job, techs)
    if tech is None:
        log.warning("no technician available for %s (%s)", job.ref, job.kind)
        return None
    tech.open_jobs += 1
    notify(tech, job)
    log.info("dispatched %s to %s", job.ref, tech.name)
    return tech
