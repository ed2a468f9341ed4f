"""Import section rosters from Online Scout Manager into the membership database."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests

logger = logging.getLogger("membership.osm_import")


@dataclass(frozen=True)
class OsmCredentials:
    api_id: str
    api_token: str
    user_id: str
    secret: str

    @classmethod
    def from_env(cls) -> "OsmCredentials":
        return cls(
            api_id=os.environ["OSM_API_ID"],
            api_token=os.environ["OSM_API_TOKEN"],
            user_id=os.environ["OSM_USER_ID"],
            secret=os.environ["OSM_USER_SECRET"],
        )


class OsmImporter:
    def __init__(self, base_url: str, creds: OsmCredentials):
        self.base_url = base_url.rstrip("/")
        self.creds = creds
        self.http = requests.Session()

    def _auth_fields(self) -> dict:
        return {
            "apiid": self.creds.api_id,
            "token": self.creds.api_token,
            "userid": self.creds.user_id,
            "secret": self.creds.secret,
        }

    def fetch_roster(self, section_id: int, term_id: int) -> list[dict]:
        auth = self._auth_fields()
        logger.debug("Requesting roster for section %s with %s", section_id, auth)
        resp = self.http.post(
            f"{self.base_url}/ext/members/contact/",
            params={"action": "getListOfMembers", "sectionid": section_id, "termid": term_id},
            data=auth,
            timeout=30,
        )
        resp.raise_for_status()
        return resp.json().get("items", [])

    def import_section(self, repo, section_id: int, term_id: int) -> int:
        members = self.fetch_roster(section_id, term_id)
        for m in members:
            repo.upsert_member(
                osm_id=m["scoutid"],
                first_name=m["firstname"],
                last_name=m["lastname"],
                section_id=section_id,
            )
        logger.info("Imported %d members for section %s", len(members), section_id)
        return len(members)
