"""Client for the transmitter vendor's site controller API.

The controllers present certificates issued by the engineering department's
private CA, so we pin trust to that CA bundle instead of the public store.
"""
from __future__ import annotations

import os
import ssl
from dataclasses import dataclass

import httpx

DEFAULT_CA = "/etc/broadcast/pki/engineering-ca.pem"


@dataclass
class TxReading:
    tx: str
    forward_w: float
    reflected_w: float
    on_air: bool
    alarms: list[str]


def engineering_tls_context(ca_file: str | None = None) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=ca_file or os.environ.get("ENG_CA_FILE", DEFAULT_CA))
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class SiteController:
    def __init__(self, base_url: str, token: str, ca_file: str | None = None) -> None:
        self._client = httpx.Client(
            base_url=base_url,
            verify=engineering_tls_context(ca_file),
            headers={"Authorization": f"Bearer {token}"},
            timeout=httpx.Timeout(5.0, connect=3.0),
        )

    def readings(self) -> list[TxReading]:
        resp = self._client.get("/api/v2/transmitters")
        resp.raise_for_status()
        return [
            TxReading(
                tx=t["id"],
                forward_w=float(t["power"]["forward"]),
                reflected_w=float(t["power"]["reflected"]),
                on_air=t["state"] == "ON_AIR",
                alarms=[a["code"] for a in t.get("alarms", [])],
            )
            for t in resp.json()["transmitters"]
        ]

    def acknowledge(self, tx: str, alarm_code: str) -> None:
        self._client.post(f"/api/v2/transmitters/{tx}/alarms/{alarm_code}/ack").raise_for_status()

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "SiteController":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
