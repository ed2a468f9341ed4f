"""Bulk shipper for the Elastic security cluster used by the log forwarder."""
import json
import os

import requests

ES_URL_ENV = "ELASTIC_URL"
API_KEY_ENV = "ELASTIC_API_KEY"
DEFAULT_INDEX = "logs-secops-default"


def _required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"environment variable {name} is not set")
    return value


class BulkShipper:
    def __init__(self, index: str = DEFAULT_INDEX, ca_bundle: str | None = None):
        self.base_url = _required(ES_URL_ENV).rstrip("/")
        self.index = index
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"ApiKey {_required(API_KEY_ENV)}"
        self.session.headers["Content-Type"] = "application/x-ndjson"
        if ca_bundle:
            self.session.verify = ca_bundle

    def ship(self, events: list[dict], timeout: float = 15.0) -> int:
        lines = []
        for event in events:
            lines.append(json.dumps({"create": {"_index": self.index}}))
            lines.append(json.dumps(event))
        if not lines:
            return 0
        resp = self.session.post(f"{self.base_url}/_bulk", data="\n".join(lines) + "\n", timeout=timeout)
        resp.raise_for_status()
        body = resp.json()
        return sum(1 for item in body["items"] if item["create"].get("status") in (200, 201))
