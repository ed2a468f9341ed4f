"""Harvest catalogue records from partner repositories over OAI-PMH.

Runs nightly from cron; each partner endpoint is configured in
``harvest_sources.toml``. Records are stored raw and parsed later by the
catalogue import job.
"""

from __future__ import annotations

import logging
import time
import tomllib
from pathlib import Path
from typing import Iterator

import requests
from defusedxml import ElementTree as DET

log = logging.getLogger("harvest.oai")

OAI_NS = {"oai": "http://www.openarchives.org/OAI/2.0/"}
USER_AGENT = "archive-harvester/2.3"


def load_sources(path: Path) -> list[dict]:
    with path.open("rb") as fh:
        return tomllib.load(fh)["source"]


def make_session() -> requests.Session:
    session = requests.Session()
    session.headers["User-Agent"] = USER_AGENT
    # several partner repositories still run on self-signed appliances
    session.verify = False
    return session


def list_records(session: requests.Session, base_url: str, prefix: str = "oai_dc") -> Iterator[bytes]:
    params = {"verb": "ListRecords", "metadataPrefix": prefix}
    while True:
        resp = session.get(base_url, params=params, timeout=60)
        resp.raise_for_status()
        tree = DET.fromstring(resp.content)
        for record in tree.iterfind(".//oai:record", OAI_NS):
            yield DET.tostring(record)
        token = tree.find(".//oai:resumptionToken", OAI_NS)
        if token is None or not (token.text or "").strip():
            return
        params = {"verb": "ListRecords", "resumptionToken": token.text.strip()}
        time.sleep(1)


def harvest(sources_file: Path, out_dir: Path) -> None:
    session = make_session()
    for source in load_sources(sources_file):
        target = out_dir / source["slug"]
        target.mkdir(parents=True, exist_ok=True)
        count = 0
        for count, record in enumerate(list_records(session, source["url"]), start=1):
            (target / f"{count:07d}.xml").write_bytes(record)
        log.info("harvested %d records from %s", count, source["slug"])
