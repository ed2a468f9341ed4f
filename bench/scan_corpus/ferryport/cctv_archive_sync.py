"""Nightly pull of recorded CCTV segments from the quay NVRs into cold storage."""

import logging
import os
from datetime import date, timedelta
from pathlib import Path

import requests

log = logging.getLogger(__name__)

ARCHIVE_ROOT = Path(os.environ.get("CCTV_ARCHIVE_ROOT", "/srv/cctv-archive"))
NVR_BANKS = {"quay-north": 11, "quay-south": 12, "marshalling": 13, "terminal-hall": 14}


def _nvr_export_url(bank: str, day: date) -> str:
    octet = NVR_BANKS[bank]
    return f"https://172.20.5.{octet}:7443/api/export/{day:%Y%m%d}"


def _nvr_session() -> requests.Session:
    session = requests.Session()
    session.auth = (os.environ["NVR_EXPORT_USER"], os.environ["NVR_EXPORT_PASSWORD"])
    session.verify = os.environ.get("NVR_CA_BUNDLE", True)
    return session


def _list_segments(session: requests.Session, bank: str, day: date) -> list[dict]:
    resp = session.get(_nvr_export_url(bank, day), timeout=30)
    resp.raise_for_status()
    return resp.json()["segments"]


def _download_segment(session: requests.Session, bank: str, day: date, seg: dict) -> Path:
    target_dir = ARCHIVE_ROOT / bank / f"{day:%Y/%m/%d}"
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / f"{int(seg['id']):08d}.mp4"
    url = f"{_nvr_export_url(bank, day)}/segments/{int(seg['id'])}"
    with session.get(url, stream=True, timeout=120) as resp:
        resp.raise_for_status()
        with open(target, "wb") as fh:
            for chunk in resp.iter_content(chunk_size=1 << 20):
                fh.write(chunk)
    return target


def sync_previous_day(today: date | None = None) -> int:
    day = (today or date.today()) - timedelta(days=1)
    session = _nvr_session()
    fetched = 0
    for bank in NVR_BANKS:
        try:
            segments = _list_segments(session, bank, day)
        except requests.RequestException as exc:
            log.warning("NVR bank %s unavailable for %s: %s", bank, day, exc)
            continue
        for seg in segments:
            _download_segment(session, bank, day, seg)
            fetched += 1
    log.info("archived %d CCTV segments for %s", fetched, day)
    return fetched


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sync_previous_day()
