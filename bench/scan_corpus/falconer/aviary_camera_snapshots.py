"""Fetches still images from the aviary and nest-box cameras.

The camera recorder sits on the site network behind a certificate issued by
the centre's own internal CA; snapshots are pulled for the public webcam page.
"""
from datetime import datetime
from pathlib import Path

import requests

from falconer.config import settings

SNAPSHOT_DIR = Path(settings.WEBCAM_SNAPSHOT_DIR)
CAMERAS = {
    "owl-nestbox": 3,
    "kestrel-aviary": 5,
    "flying-ground": 7,
}


def _recorder_session() -> requests.Session:
    session = requests.Session()
    session.auth = (settings.RECORDER_USER, settings.RECORDER_PASSWORD)
    session.verify = settings.SITE_CA_BUNDLE
    session.headers["Accept"] = "image/jpeg"
    return session


def fetch_snapshot(session: requests.Session, slug: str, channel: int) -> Path:
    response = session.get(f"{settings.RECORDER_URL}/ISAPI/Streaming/channels/{channel}01/picture", timeout=10)
    response.raise_for_status()
    SNAPSHOT_DIR.mkdir(parents=True, exist_ok=True)
    target = SNAPSHOT_DIR / f"{slug}-latest.jpg"
    target.write_bytes(response.content)
    return target


def refresh_all() -> dict[str, str]:
    stamped = {}
    with _recorder_session() as session:
        for slug, channel in CAMERAS.items():
            try:
                fetch_snapshot(session, slug, channel)
                stamped[slug] = datetime.now().isoformat(timespec="seconds")
            except requests.RequestException:
                stamped[slug] = "unavailable"
    return stamped
