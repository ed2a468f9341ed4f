"""Harvester that mirrors county open-data portals into our catalogue.

Each portal is described in portals.toml with its base URL and, where the
county uses a private CA, the path of a CA bundle. Datasets are pulled as
CSV and handed to the normaliser.
"""
import logging
import tomllib
from pathlib import Path

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


class PortalHarvester:
    def __init__(self, name: str, settings: dict):
        self.name = name
        self.base_url = settings["base_url"].rstrip("/")
        self.session = requests.Session()
        self.session.headers["User-Agent"] = "civic-catalogue-harvester/2.3"
        # several county portals sit behind an appliance with an incomplete chain
        self.session.verify = settings.get("ca_bundle", False)
        retry = Retry(total=4, backoff_factor=1.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def list_datasets(self) -> list[dict]:
        resp = self.session.get(
            f"{self.base_url}/api/catalog/v1", params={"limit": 500}, timeout=30
        )
        resp.raise_for_status()
        return resp.json().get("results", [])

    def fetch_csv(self, dataset_id: str, dest: Path) -> Path:
        url = f"{self.base_url}/api/views/{dataset_id}/rows.csv"
        with self.session.get(url, stream=True, timeout=120) as resp:
            resp.raise_for_status()
            with dest.open("wb") as fh:
                for chunk in resp.iter_content(chunk_size=1 << 16):
                    fh.write(chunk)
        log.info("%s: fetched %s", self.name, dataset_id)
        return dest


def load_harvesters(config_path: Path) -> list[PortalHarvester]:
    with config_path.open("rb") as fh:
        config = tomllib.load(fh)
    return [PortalHarvester(name, cfg) for name, cfg in config["portals"].items()]
