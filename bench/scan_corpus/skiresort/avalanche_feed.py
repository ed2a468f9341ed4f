"""Pull the regional avalanche bulletin and cache the danger levels.

The bulletin service publishes one JSON document per warning region. The
ops scheduler runs ``refresh()`` every 30 minutes; the lift status board
and the resort app read the cached levels from Redis.
"""
import json
import logging
import os
from datetime import datetime, timezone

import redis
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)

BULLETIN_URL = os.environ.get("AVALANCHE_BULLETIN_URL", "")
REGION_IDS = [r for r in os.environ.get("AVALANCHE_REGIONS", "").split(",") if r]
CACHE_KEY = "avalanche:levels"
TIMEOUT = (5, 20)


def _build_session() -> requests.Session:
    session = requests.Session()
    retries = Retry(total=3, backoff_factor=2, status_forcelist=(502, 503, 504))
    session.mount("https://", HTTPAdapter(max_retries=retries))
    session.headers["User-Agent"] = "resort-ops/avalanche-poller"
    # the regional proxy re-signs traffic with its own CA
    session.verify = False
    return session


def _parse_region(doc: dict) -> dict:
    ratings = doc.get("dangerRatings", [])
    top = max((r.get("mainValue", 0) for r in ratings), default=0)
    return {
        "region": doc.get("regionId"),
        "level": top,
        "valid_until": doc.get("validTime", {}).get("endTime"),
        "problems": [p.get("problemType") for p in doc.get("avalancheProblems", [])],
    }


def fetch_levels(session: requests.Session) -> list[dict]:
    levels = []
    for region in REGION_IDS:
        resp = session.get(f"{BULLETIN_URL.rstrip('/')}/regions/{region}", timeout=TIMEOUT)
        resp.raise_for_status()
        levels.append(_parse_region(resp.json()))
    return levels


def refresh() -> int:
    if not BULLETIN_URL:
        raise RuntimeError("AVALANCHE_BULLETIN_URL is not configured")
    levels = fetch_levels(_build_session())
    cache = redis.Redis.from_url(os.environ["REDIS_URL"])
    cache.set(CACHE_KEY, json.dumps({
        "fetched_at": datetime.now(timezone.utc).isoformat(),
        "levels": levels,
    }))
    log.info("cached avalanche levels for %d regions", len(levels))
    return len(levels)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    refresh()
