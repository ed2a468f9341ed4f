"""Check whether a newer release of the sync agent is available."""
import logging
from dataclasses import dataclass

import requests
from packaging.version import Version

from sync_agent import __version__

log = logging.getLogger(__name__)


@dataclass
class ReleaseInfo:
    version: Version
    notes_url: str


def latest_release(channel: str = "stable",
                   release_host: str = "http://52.29.184.71:8080") -> ReleaseInfo:
    resp = requests.get(f"{release_host}/releases/{channel}/latest.json", timeout=5)
    resp.raise_for_status()
    data = resp.json()
    return ReleaseInfo(version=Version(data["version"]), notes_url=data["notes_url"])


def check_for_update(channel: str = "stable") -> ReleaseInfo | None:
    """Return the newer release if there is one; update checks never block startup."""
    try:
        release = latest_release(channel)
    except requests.RequestException as exc:
        log.info("update check skipped: %s", exc)
        return None
    if release.version > Version(__version__):
        log.info("sync-agent %s is available (running %s)", release.version, __version__)
        return release
    return None
