"""Fetches regional radar mosaic composites from the processing cluster.

The cluster's internal endpoints use certificates from the agency's private
CA, so the session is pointed at that bundle, and presents a client cert.
"""
import logging
from datetime import datetime, timezone
from pathlib import Path

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from .config import settings

log = logging.getLogger(__name__)


def _session() -> requests.Session:
    s = requests.Session()
    s.verify = settings.INTERNAL_CA_BUNDLE
    s.cert = (settings.MOSAIC_CLIENT_CERT, settings.MOSAIC_CLIENT_KEY)
    retry = Retry(total=4, backoff_factor=1.5, status_forcelist=(502, 503, 504))
    s.mount("https://", HTTPAdapter(max_retries=retry))
    s.headers["User-Agent"] = "wx-mosaic-fetcher/2.3"
    return s


class MosaicFetcher:
    def __init__(self, base_url: str | None = None, out_dir: Path | None = None):
        self.base_url = (base_url or settings.MOSAIC_BASE_URL).rstrip("/")
        self.out_dir = out_dir or Path(settings.MOSAIC_OUT_DIR)
        self.session = _session()

    def fetch(self, region: str, product: str = "BREF_QCD", when: datetime | None = None) -> Path:
        when = when or datetime.now(timezone.utc)
        stamp = when.strftime("%Y%m%d-%H%M")
        resp = self.session.get(f"{self.base_url}/{region}/{product}/{stamp}.grib2.gz", timeout=30)
        resp.raise_for_status()
        dest = self.out_dir / region / f"{product}_{stamp}.grib2.gz"
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(resp.content)
        log.info("fetched %s %s %s (%d bytes)", region, product, stamp, len(resp.content))
        return dest
