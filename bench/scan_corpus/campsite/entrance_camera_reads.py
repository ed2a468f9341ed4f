"""TLS connection to the ANPR number-plate cameras that raise the entrance barriers.

Parks run a mix of first- and second-generation cameras, so the context settings are
driven by a per-park profile.
"""
from __future__ import annotations

import json
import os
import ssl
import urllib.request
from dataclasses import dataclass


CAMERA_TLS_PROFILE = {
    "ca_file": os.environ.get("ANPR_CA_FILE", "/etc/parkgate/anpr-ca.pem"),
    "minimum_version": "TLSv1",
    "ciphers": "HIGH:!aNULL:!MD5",
}


@dataclass(frozen=True)
class PlateRead:
    plate: str
    lane: int
    confidence: float


def build_camera_context(profile: dict[str, str] = CAMERA_TLS_PROFILE) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=profile["ca_file"])
    ctx.minimum_version = getattr(ssl.TLSVersion, profile["minimum_version"])
    ctx.set_ciphers(profile["ciphers"])
    return ctx


class AnprCamera:
    def __init__(self, camera_url: str, context: ssl.SSLContext | None = None) -> None:
        self.camera_url = camera_url.rstrip("/")
        self.context = context or build_camera_context()

    def latest_reads(self, since_id: int = 0) -> list[PlateRead]:
        url = f"{self.camera_url}/api/reads?since={int(since_id)}"
        with urllib.request.urlopen(url, context=self.context, timeout=10) as resp:
            body = json.load(resp)
        return [
            PlateRead(plate=r["plate"].upper().replace(" ", ""), lane=int(r["lane"]), confidence=float(r["conf"]))
            for r in body.get("reads", [])
        ]


def expected_arrival(read: PlateRead, booked_plates: set[str], threshold: float = 0.85) -> bool:
    return read.confidence >= threshold and read.plate in booked_plates
