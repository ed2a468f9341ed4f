"""Harvest MARCXML records from partner libraries over OAI-PMH."""
import logging
from typing import Iterator

import requests
from lxml import etree

log = logging.getLogger(__name__)

NS = {
    "oai": "http://www.openarchives.org/OAI/2.0/",
    "marc": "http://www.loc.gov/MARC21/slim",
}

_PARSER = etree.XMLParser(
    resolve_entities=False,
    load_dtd=False,
    no_network=True,
    remove_blank_text=True,
)


def _fetch(endpoint: str, params: dict) -> etree._Element:
    resp = requests.get(endpoint, params=params, timeout=60)
    resp.raise_for_status()
    return etree.fromstring(resp.content, parser=_PARSER)


def harvest(endpoint: str, set_spec: str | None = None, since: str | None = None) -> Iterator[etree._Element]:
    params = {"verb": "ListRecords", "metadataPrefix": "marc21"}
    if set_spec:
        params["set"] = set_spec
    if since:
        params["from"] = since
    pages = 0
    while True:
        root = _fetch(endpoint, params)
        error = root.find("oai:error", NS)
        if error is not None:
            if error.get("code") == "noRecordsMatch":
                return
            raise RuntimeError(f"OAI-PMH error {error.get('code')}: {error.text}")
        for record in root.iterfind(".//oai:record", NS):
            marc = record.find(".//marc:record", NS)
            if marc is not None:
                yield marc
        pages += 1
        token = root.findtext(".//oai:resumptionToken", namespaces=NS)
        if not token:
            log.info("harvest of %s finished after %d pages", endpoint, pages)
            return
        params = {"verb": "ListRecords", "resumptionToken": token}
