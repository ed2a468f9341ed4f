"""Assigns carving and sandblasting jobs to workshop stations."""

import logging
import random
import time
from collections import defaultdict

import requests

from stonecarver.config import settings
from stonecarver.workshop.models import CarvingJob, Station

log = logging.getLogger(__name__)


def backoff_delay(attempt: int, base: float = 0.5, cap: float = 30.0) -> float:
    return min(cap, base * 2 ** attempt) * random.uniform(0.5, 1.0)


def push_to_station_display(station: Station, jobs: list[CarvingJob]) -> None:
    payload = {"station": station.code, "jobs": [j.summary() for j in jobs]}
    for attempt in range(5):
        try:
            resp = requests.post(station.display_url, json=payload, timeout=5)
            resp.raise_for_status()
            return
        except requests.RequestException:
            delay = backoff_delay(attempt)
            log.warning("Station %s display unreachable, retrying in %.1fs", station.code, delay)
            time.sleep(delay)


def balance_jobs(jobs: list[CarvingJob], stations: list[Station]) -> dict[str, list[CarvingJob]]:
    same_priority = defaultdict(list)
    for job in jobs:
        same_priority[job.priority].append(job)
    ordered: list[CarvingJob] = []
    for priority in sorted(same_priority, reverse=True):
        bucket = same_priority[priority]
        random.shuffle(bucket)
        ordered.extend(bucket)
    plan: dict[str, list[CarvingJob]] = {s.code: [] for s in stations}
    for i, job in enumerate(ordered):
        plan[stations[i % len(stations)].code].append(job)
    return plan


def run_assignment() -> None:
    stations = list(Station.objects.filter(active=True, site=settings.WORKSHOP_SITE))
    jobs = list(CarvingJob.objects.filter(state="ready"))
    for station in stations:
        push_to_station_display(station, balance_jobs(jobs, stations)[station.code])
