"""Pushes treatment milestones to a lender's collection management system.

Several museum clients asked to have treatment status mirrored into their
CMS.  Each integration has its own API key, issued by that museum.
"""
import logging
import os
import platform
from dataclasses import dataclass

import requests

log = logging.getLogger("sync.cms")

SHARED_SETTINGS = ("GILDER_ENV", "GILDER_RELEASE", "TZ")


@dataclass
class CmsIntegration:
    institution: str
    base_url: str
    key_env: str

    @property
    def api_key(self) -> str:
        return os.environ[self.key_env]


def client_metadata() -> dict:
    meta = {name.lower(): os.environ.get(name) for name in SHARED_SETTINGS}
    meta["python"] = platform.python_version()
    return meta


def push_milestone(integration: CmsIntegration, accession_no: str, milestone: str,
                   note: str = "") -> None:
    resp = requests.post(
        f"{integration.base_url}/objects/{accession_no}/conservation-events",
        headers={"Authorization": f"Bearer {integration.api_key}"},
        json={"event": milestone, "note": note, "client": client_metadata()},
        timeout=10,
    )
    resp.raise_for_status()
    log.info("pushed %s for %s to %s", milestone, accession_no, integration.institution)


INTEGRATIONS = {
    "rijks-frames": CmsIntegration("Frame Department, City Museum",
                                   "https://cms.citymuseum.example/api",
                                   "CMS_KEY_CITY_MUSEUM"),
    "abbey-trust": CmsIntegration("Abbey Collections Trust",
                                  "https://collections.abbeytrust.example/api/v1",
                                  "CMS_KEY_ABBEY_TRUST"),
}


def sync_event(lender_slug: str, accession_no: str, milestone: str) -> None:
    integration = INTEGRATIONS.get(lender_slug)
    if integration is None:
        return
    push_milestone(integration, accession_no, milestone)
