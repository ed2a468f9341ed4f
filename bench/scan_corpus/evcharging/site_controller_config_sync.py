"""Sync a site controller's local configuration into the fleet registry.

Each depot site controller keeps its runtime configuration in a dotenv file
next to the load-management service. Operations wants the fleet registry to
show what every site is actually running with.
"""
from __future__ import annotations

import argparse
import hashlib
import logging
from pathlib import Path

import requests
from dotenv import dotenv_values

log = logging.getLogger("site_sync")

DEFAULT_ENV_FILE = Path("/opt/voltgrid/loadmgmt/.env")


class RegistryClient:
    def __init__(self, base_url: str, session: requests.Session | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = session or requests.Session()

    def put_site_config(self, site_id: str, document: dict) -> str:
        resp = self.session.put(f"{self.base_url}/sites/{site_id}/config", json=document, timeout=15)
        resp.raise_for_status()
        return resp.json()["revision"]


def read_site_config(env_file: Path) -> dict[str, str | None]:
    return dict(dotenv_values(env_file))


def build_document(site_id: str, env_file: Path) -> dict:
    values = read_site_config(env_file)
    digest = hashlib.sha256(env_file.read_bytes()).hexdigest()
    return {
        "site_id": site_id,
        "source": str(env_file),
        "sha256": digest,
        "values": values,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("site_id")
    parser.add_argument("--registry", required=True)
    parser.add_argument("--env-file", type=Path, default=DEFAULT_ENV_FILE)
    args = parser.parse_args()

    document = build_document(args.site_id, args.env_file)
    revision = RegistryClient(args.registry).put_site_config(args.site_id, document)
    log.info("site %s registered as revision %s", args.site_id, revision)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
