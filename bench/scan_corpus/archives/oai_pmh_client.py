"""Small OAI-PMH client used to harvest catalogue records from partner archives.

Some partners use certificates issued by the sector's private CA, so the
session trusts the CA bundle shipped in the harvester's config directory.
"""

from __future__ import annotations

import os
from typing import Iterator
from xml.etree.ElementTree import Element

import requests
from defusedxml import ElementTree as DET

OAI = "{http://www.openarchives.org/OAI/2.0/}"
CA_BUNDLE = os.environ.get("HARVEST_CA_BUNDLE", "/etc/archive-harvester/partner-ca.pem")


class OaiPmhClient:
    def __init__(self, base_url: str, ca_bundle: str = CA_BUNDLE, timeout: int = 60) -> None:
        self.base_url = base_url
        self.timeout = timeout
        self.session = requests.Session()
        self.session.verify = ca_bundle
        self.session.headers["User-Agent"] = "archive-harvester/3.0"

    def _get(self, **params) -> Element:
        resp = self.session.get(self.base_url, params=params, timeout=self.timeout)
        resp.raise_for_status()
        return DET.fromstring(resp.content)

    def identify(self) -> dict:
        root = self._get(verb="Identify")
        ident = root.find(f"{OAI}Identify")
        return {child.tag.replace(OAI, ""): child.text for child in ident}

    def records(self, prefix: str = "oai_dc", since: str | None = None) -> Iterator[Element]:
        params = {"verb": "ListRecords", "metadataPrefix": prefix}
        if since:
            params["from"] = since
        while True:
            root = self._get(**params)
            yield from root.iter(f"{OAI}record")
            token = root.find(f".//{OAI}resumptionToken")
            if token is None or not (token.text or "").strip():
                break
            params = {"verb": "ListRecords", "resumptionToken": token.text.strip()}
