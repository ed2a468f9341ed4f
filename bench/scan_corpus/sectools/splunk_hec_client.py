"""Thin client for the Splunk HTTP Event Collector used by the log forwarder."""
import json
import os
import time

import requests

HEC_URL = os.environ.get("SPLUNK_HEC_URL")
HEC_TOKEN = os.environ.get("SPLUNK_HEC_TOKEN", "b7e4c1a2-93f0-4d6e-8a15-2f6c9d0e7b34")
DEFAULT_INDEX = os.environ.get("SPLUNK_INDEX", "secops")
DEFAULT_SOURCETYPE = "logfwd:json"


class HECClient:
    def __init__(self, url: str | None = HEC_URL, token: str = HEC_TOKEN, index: str = DEFAULT_INDEX):
        if not url:
            raise RuntimeError("SPLUNK_HEC_URL is not configured")
        self.endpoint = url.rstrip("/") + "/services/collector/event"
        self.index = index
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Splunk {token}"})

    def _envelope(self, event: dict, sourcetype: str) -> str:
        return json.dumps({
            "time": event.get("ts", time.time()),
            "host": event.get("host"),
            "index": self.index,
            "sourcetype": sourcetype,
            "event": event,
        })

    def send(self, events, sourcetype: str = DEFAULT_SOURCETYPE, timeout: float = 10.0) -> None:
        body = "\n".join(self._envelope(e, sourcetype) for e in events)
        if not body:
            return
        resp = self.session.post(self.endpoint, data=body, timeout=timeout)
        resp.raise_for_status()
