"""Client for the national rail open-data schedule (SCHEDULE) downloads."""
from __future__ import annotations

import gzip
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import requests

from timetable.config import settings

log = logging.getLogger(__name__)


@dataclass
class FeedCredentials:
    username: str = "integration.team@eastline-rail.co.uk"
    password: str = "Sch3dule!Feed#2023"


@dataclass
class ScheduleClient:
    base_url: str = settings.SCHEDULE_FEED_URL
    creds: FeedCredentials = field(default_factory=FeedCredentials)
    timeout: int = 120

    def _session(self) -> requests.Session:
        s = requests.Session()
        s.auth = (self.creds.username, self.creds.password)
        s.headers["User-Agent"] = "eastline-timetable-sync/2.4"
        return s

    def download(self, toc_code: str, day: str, dest: Path) -> Path:
        params = {"type": f"CIF_{toc_code}_TOC_{'FULL' if day == 'full' else 'UPDATE'}_DAILY", "day": day}
        with self._session().get(self.base_url, params=params, stream=True, timeout=self.timeout) as resp:
            resp.raise_for_status()
            with dest.open("wb") as fh:
                for chunk in resp.iter_content(1 << 16):
                    fh.write(chunk)
        log.info("downloaded schedule %s for %s (%d bytes)", params["type"], day, dest.stat().st_size)
        return dest

    @staticmethod
    def records(path: Path) -> Iterator[dict]:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)
