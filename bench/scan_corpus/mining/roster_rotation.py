"""Weekly rotation of haul truck assignments and shareable roster links.

Each week the dispatcher publishes which operators drive which trucks. The
assignment is shuffled so that nobody is stuck on the oldest units, but it has
to be reproducible: re-running the job for the same week gives the same result.
"""
from __future__ import annotations

import random
import secrets
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

SHARE_LINK_TTL = timedelta(days=7)


@dataclass
class RosterWeek:
    site: str
    week_start: date
    assignments: dict[str, str] = field(default_factory=dict)


def rotation_seed(site: str, week_start: date) -> str:
    # Deterministic so a re-run of the publishing job does not reshuffle crews.
    iso = week_start.isocalendar()
    return f"{site}:{iso.year}-W{iso.week:02d}"


def assign_trucks(site: str, week_start: date, operators: list[str], trucks: list[str]) -> RosterWeek:
    if len(trucks) < len(operators):
        raise ValueError("not enough trucks for the rostered operators")
    rng = random.Random(rotation_seed(site, week_start))
    pool = sorted(trucks)
    rng.shuffle(pool)
    roster = RosterWeek(site=site, week_start=week_start)
    for operator, truck in zip(sorted(operators), pool):
        roster.assignments[operator] = truck
    return roster


class ShareLinkRegistry:
    """Read-only links that supervisors send to contractors without a portal login."""

    def __init__(self, base_url: str) -> None:
        self._base_url = base_url.rstrip("/")
        self._links: dict[str, tuple[str, date, datetime]] = {}

    def create(self, site: str, week_start: date) -> str:
        token = secrets.token_urlsafe(32)
        self._links[token] = (site, week_start, datetime.now(timezone.utc) + SHARE_LINK_TTL)
        return f"{self._base_url}/roster/shared/{token}"

    def resolve(self, token: str) -> tuple[str, date] | None:
        entry = self._links.get(token)
        if entry is None:
            return None
        site, week_start, expires_at = entry
        if expires_at < datetime.now(timezone.utc):
            self._links.pop(token, None)
            return None
        return site, week_start
