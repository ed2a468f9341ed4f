"""Client for state open-data portals that feed the statewide catalogue.

Portal entries in portals.toml may name a ``ca_bundle`` when the state runs
its own certificate authority; otherwise the system trust store is used.
"""
import logging
import tomllib
from pathlib import Path

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


class StatePortalClient:
    def __init__(self, name: str, settings: dict):
        self.name = name
        self.base_url = settings["base_url"].rstrip("/")
        self.session = requests.Session()
        self.session.headers["User-Agent"] = "civic-catalogue-harvester/2.3"
        # some states terminate TLS with a certificate from their own CA
        self.session.verify = settings.get("ca_bundle", True)
        retry = Retry(total=4, backoff_factor=1.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def datasets_modified_since(self, iso_timestamp: str) -> list[dict]:
        resp = self.session.get(
            f"{self.base_url}/api/3/action/package_search",
            params={"fq": f"metadata_modified:[{iso_timestamp} TO NOW]", "rows": 1000},
            timeout=30,
        )
        resp.raise_for_status()
        return resp.json()["result"]["results"]

    def download_resource(self, url: str, dest: Path) -> Path:
        with self.session.get(url, stream=True, timeout=120) as resp:
            resp.raise_for_status()
            with dest.open("wb") as fh:
                for chunk in resp.iter_content(chunk_size=1 << 16):
                    fh.write(chunk)
        log.info("%s: downloaded %s", self.name, dest.name)
        return dest


def load_clients(config_path: Path) -> list[StatePortalClient]:
    with config_path.open("rb") as fh:
        config = tomllib.load(fh)
    return [StatePortalClient(name, cfg) for name, cfg in config["portals"].items()]
