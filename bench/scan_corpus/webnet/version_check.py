"""Tell users of the ``tidyfiles`` CLI when a newer release is on PyPI."""
import json
import logging
import os
import time
import urllib.request
from pathlib import Path
from urllib.error import URLError

from packaging.version import Version

from tidyfiles import __version__

log = logging.getLogger(__name__)

PYPI_JSON = "https://pypi.org/pypi/tidyfiles/json"
CACHE_FILE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "tidyfiles" / "latest.json"
CACHE_TTL_S = 24 * 3600


def _cached() -> str | None:
    try:
        data = json.loads(CACHE_FILE.read_text())
    except (OSError, ValueError):
        return None
    return data["version"] if time.time() - data.get("checked", 0) < CACHE_TTL_S else None


def latest_version() -> str | None:
    cached = _cached()
    if cached:
        return cached
    try:
        with urllib.request.urlopen(PYPI_JSON, timeout=3) as resp:
            version = json.load(resp)["info"]["version"]
    except (URLError, TimeoutError, ValueError, KeyError) as exc:
        log.debug("version check skipped: %s", exc)
        return None
    CACHE_FILE.parent.mkdir(parents=True, exist_ok=True)
    CACHE_FILE.write_text(json.dumps({"version": version, "checked": time.time()}))
    return version


def notice() -> str | None:
    if os.environ.get("TIDYFILES_NO_UPDATE_CHECK"):
        return None
    latest = latest_version()
    if latest and Version(latest) > Version(__version__):
        return f"tidyfiles {latest} is available (you have {__version__}); run: pip install -U tidyfiles"
    return None
