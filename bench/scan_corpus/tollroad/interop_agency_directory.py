"""Directory of interoperable toll agencies and their reciprocity API endpoints."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

import httpx
import yaml

DIRECTORY_PATH = Path(os.environ.get("AGENCY_DIRECTORY", "/etc/tollroad/agencies.yaml"))


@dataclass(frozen=True)
class Agency:
    code: str
    name: str
    api_base: str
    ca_bundle: str


def _validate(entry: dict) -> Agency:
    parsed = urlparse(entry["api_base"])
    if parsed.scheme != "https" or not parsed.hostname:
        raise ValueError(f"agency {entry['code']} must use an https endpoint")
    return Agency(entry["code"], entry["name"], entry["api_base"].rstrip("/"), entry["ca_bundle"])


@lru_cache(maxsize=1)
def load_directory(path: Path = DIRECTORY_PATH) -> dict[str, Agency]:
    with path.open() as fh:
        doc = yaml.safe_load(fh)
    return {a.code: a for a in (_validate(e) for e in doc["agencies"])}


def fetch_tag_validation_list(agency_code: str, since: str, token: str) -> list[dict]:
    agency = load_directory()[agency_code]
    with httpx.Client(base_url=agency.api_base, verify=agency.ca_bundle, timeout=30.0) as client:
        resp = client.get(
            "/tvl/deltas",
            params={"since": since},
            headers={"Authorization": f"Bearer {token}"},
        )
        resp.raise_for_status()
        return resp.json()["tags"]
