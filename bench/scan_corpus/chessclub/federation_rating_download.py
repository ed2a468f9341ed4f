"""Downloads a club's member rating extract from the federation member portal."""
from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path

import requests

log = logging.getLogger("ratings.download")

PERIOD_RE = re.compile(r"^\d{4}-\d{2}$")


@dataclass(frozen=True)
class PortalSettings:
    base_url: str
    club_code: str
    api_token: str
    download_dir: Path

    @classmethod
    def from_env(cls) -> "PortalSettings":
        return cls(
            base_url=os.environ["FEDERATION_PORTAL_URL"].rstrip("/"),
            club_code=os.environ["FEDERATION_CLUB_CODE"],
            api_token=os.environ["FEDERATION_API_TOKEN"],
            download_dir=Path(os.environ.get("RATING_DOWNLOAD_DIR", "/var/lib/chessclub/ratings")),
        )


class RatingExtractDownloader:
    def __init__(self, settings: PortalSettings):
        self._settings = settings
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {settings.api_token}"
        self._session.headers["Accept"] = "text/csv"

    def latest_period(self) -> str:
        resp = self._session.get(
            f"{self._settings.base_url}/clubs/{self._settings.club_code}/rating-extracts",
            timeout=20,
        )
        resp.raise_for_status()
        periods = sorted(item["period"] for item in resp.json()["extracts"])
        if not periods:
            raise LookupError("no rating extracts published for this club")
        return periods[-1]

    def download(self, period: str | None = None) -> Path:
        period = period or self.latest_period()
        if not PERIOD_RE.match(period):
            raise ValueError(f"unexpected rating period {period!r}")
        target_dir = self._settings.download_dir
        target_dir.mkdir(parents=True, exist_ok=True)
        target = target_dir / f"{self._settings.club_code}-{period}.csv"
        with self._session.get(
            f"{self._settings.base_url}/clubs/{self._settings.club_code}/rating-extracts/{period}",
            stream=True,
            timeout=60,
        ) as resp:
            resp.raise_for_status()
            with target.open("wb") as fh:
                for chunk in resp.iter_content(chunk_size=65536):
                    fh.write(chunk)
        log.info("downloaded rating extract %s for club %s", period, self._settings.club_code)
        return target


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(RatingExtractDownloader(PortalSettings.from_env()).download())
