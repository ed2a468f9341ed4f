"""Ingests NewsML items from the news agency's wire API."""
import logging
import os

import requests
from defusedxml import ElementTree as ET

log = logging.getLogger(__name__)

NEWSML_NS = {"n": "http://iptc.org/std/nar/2006-10-01/"}


class WireClient:
    def __init__(self, base_url: str, ca_bundle: str | None = None, timeout: float = 20.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["X-Api-Key"] = os.environ["WIRE_API_KEY"]
        # the agency signs its API endpoints with a private CA; its root ships with the deploy
        self.session.verify = ca_bundle if ca_bundle else True

    def latest(self, since: str) -> list[dict]:
        resp = self.session.get(
            f"{self.base_url}/items", params={"since": since}, timeout=self.timeout
        )
        resp.raise_for_status()
        root = ET.fromstring(resp.content)
        items = []
        for node in root.iterfind(".//n:newsItem", NEWSML_NS):
            items.append(
                {
                    "guid": node.get("guid"),
                    "version": node.get("version"),
                    "headline": node.findtext(".//n:headline", default="", namespaces=NEWSML_NS),
                    "slugline": node.findtext(".//n:slugline", default="", namespaces=NEWSML_NS),
                }
            )
        log.info("wire returned %d items since %s", len(items), since)
        return items


def client_from_env() -> WireClient:
    return WireClient(os.environ["WIRE_BASE_URL"], ca_bundle=os.environ.get("WIRE_CA_BUNDLE"))
