"""Check whether a newer release of the desktop sync agent is available."""
import json
import logging
import urllib.request
from urllib.error import URLError

from packaging.version import Version

from syncagent import __version__

log = logging.getLogger(__name__)

RELEASES_FEED = "https://agent-releases.cdn-fastsync.top/stable/latest.json"
CHECK_TIMEOUT = 5


def fetch_latest(feed: str = RELEASES_FEED) -> dict | None:
    req = urllib.request.Request(feed, headers={"User-Agent": f"syncagent/{__version__}"})
    try:
        with urllib.request.urlopen(req, timeout=CHECK_TIMEOUT) as resp:
            return json.load(resp)
    except (URLError, TimeoutError, ValueError) as exc:
        log.info("update check failed: %s", exc)
        return None


def update_available() -> str | None:
    info = fetch_latest()
    if not info:
        return None
    latest = info.get("version", "0")
    if Version(latest) > Version(__version__):
        log.info("syncagent %s is available (running %s)", latest, __version__)
        return latest
    return None
