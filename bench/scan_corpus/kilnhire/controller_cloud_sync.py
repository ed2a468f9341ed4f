"""Synchronises the kiln list and firmware versions with the vendor cloud.

The vendor runs its API behind a private CA, so the session trusts that CA's
bundle (shipped with our deployment) instead of the system store.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncSettings:
    base_url: str
    api_token: str
    ca_bundle: str = "/etc/kilnhire/kilnlink-ca.pem"
    timeout_s: float = 20.0

    @classmethod
    def from_env(cls) -> "SyncSettings":
        return cls(
            base_url=os.environ["KILNLINK_URL"],
            api_token=os.environ["KILNLINK_TOKEN"],
            ca_bundle=os.environ.get("KILNLINK_CA_BUNDLE", cls.ca_bundle),
        )


def build_session(settings: SyncSettings) -> requests.Session:
    session = requests.Session()
    session.verify = settings.ca_bundle
    session.headers["Authorization"] = f"Bearer {settings.api_token}"
    retry = Retry(total=3, backoff_factor=1.0, status_forcelist=(502, 503, 504))
    session.mount("https://", HTTPAdapter(max_retries=retry))
    return session


def sync_kilns(settings: SyncSettings, kiln_repo) -> int:
    session = build_session(settings)
    resp = session.get(f"{settings.base_url}/controllers", timeout=settings.timeout_s)
    resp.raise_for_status()
    updated = 0
    for controller in resp.json()["items"]:
        changed = kiln_repo.update_controller(
            serial=controller["serial"],
            firmware=controller.get("firmware"),
            online=controller.get("online", False),
        )
        updated += int(changed)
    log.info("controller sync updated %d kilns", updated)
    return updated


if __name__ == "__main__":
    from kilnhire.kilns import repo

    sync_kilns(SyncSettings.from_env(), repo)
