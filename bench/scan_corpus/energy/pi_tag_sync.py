"""Synchronise historian tag metadata into the asset register.

Reads element/attribute metadata from the historian's Web API and upserts it
into the asset register so planners can search SCADA points by asset.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterator

import requests
import urllib3
from requests.auth import HTTPBasicAuth

log = logging.getLogger(__name__)


@dataclass
class TagInfo:
    web_id: str
    name: str
    units: str
    asset_path: str


class HistorianWebApi:
    page_size = 500

    def __init__(self, base_url: str, username: str, password: str, timeout: float = 30.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.auth = HTTPBasicAuth(username, password)
        self.session.headers.update({"Accept": "application/json", "X-Requested-With": "tag-sync"})
        # the historian front-end uses a certificate issued by the plant's own CA
        self.session.verify = False
        urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)

    def _get(self, path: str, **params) -> dict:
        resp = self.session.get(f"{self.base_url}{path}", params=params, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def iter_points(self, database_web_id: str) -> Iterator[TagInfo]:
        start = 0
        while True:
            data = self._get(f"/dataservers/{database_web_id}/points", startIndex=start, maxCount=self.page_size)
            items = data.get("Items", [])
            for item in items:
                yield TagInfo(item["WebId"], item["Name"], item.get("EngineeringUnits", ""), item.get("Descriptor", ""))
            if len(items) < self.page_size:
                return
            start += self.page_size


def sync(register, api: HistorianWebApi, database_web_id: str) -> int:
    count = 0
    for tag in api.iter_points(database_web_id):
        register.upsert_point(tag.web_id, name=tag.name, units=tag.units, asset=tag.asset_path)
        count += 1
    log.info("synchronised %d historian points", count)
    return count


def main() -> None:
    api = HistorianWebApi(
        os.environ["HISTORIAN_API_URL"],
        os.environ["HISTORIAN_API_USER"],
        os.environ["HISTORIAN_API_PASSWORD"],
    )
    from asset_register import connect

    sync(connect(), api, os.environ["HISTORIAN_DATASERVER_ID"])


if __name__ == "__main__":
    main()
