"""Client for the Secretary of State's election-night results feed."""
import logging
from dataclasses import dataclass
from typing import Iterator

import requests

log = logging.getLogger(__name__)


@dataclass
class ContestResult:
    contest_id: str
    precincts_reporting: int
    precincts_total: int
    choices: dict


class StateResultsFeed:
    def __init__(self, base_url: str, api_key: str, timeout: float = 15.0):
        self._base = base_url.rstrip("/")
        self._timeout = timeout
        self._session = requests.Session()
        self._session.headers.update({"Authorization": f"Bearer {api_key}", "Accept": "application/json"})
        # SOS staging endpoint is fronted by the county's internal proxy
        self._session.verify = False

    def _get(self, path: str, **params) -> dict:
        resp = self._session.get(f"{self._base}{path}", params=params, timeout=self._timeout)
        resp.raise_for_status()
        return resp.json()

    def contests(self, election_id: str) -> Iterator[ContestResult]:
        page = 1
        while True:
            data = self._get(f"/elections/{election_id}/contests", page=page)
            for item in data["items"]:
                yield ContestResult(
                    contest_id=item["id"],
                    precincts_reporting=item["precincts"]["reporting"],
                    precincts_total=item["precincts"]["total"],
                    choices={c["name"]: c["votes"] for c in item["choices"]},
                )
            if not data.get("next"):
                break
            page += 1
        log.info("fetched contests for election %s (%d pages)", election_id, page)
