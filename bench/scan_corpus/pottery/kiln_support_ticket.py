"""Open a support ticket with the kiln controller vendor from the studio app."""
from __future__ import annotations

import os
import platform
from dataclasses import dataclass

import httpx

SHAREABLE_ENV = ("STUDIO_APP_VERSION", "KILNCTL_MODEL", "KILNCTL_FIRMWARE", "TZ", "LANG")


@dataclass
class KilnFault:
    controller_serial: str
    error_code: str
    description: str
    last_segment: int | None = None


def shareable_environment() -> dict[str, str]:
    return {name: os.environ[name] for name in SHAREABLE_ENV if name in os.environ}


def ticket_payload(fault: KilnFault) -> dict:
    return {
        "serial": fault.controller_serial,
        "error_code": fault.error_code.upper(),
        "summary": fault.description[:2000],
        "last_segment": fault.last_segment,
        "client": {
            "platform": platform.platform(),
            "python": platform.python_version(),
            "environment": shareable_environment(),
        },
    }


def open_ticket(fault: KilnFault, intake_url: str | None = None) -> str:
    url = intake_url or os.environ["KILN_VENDOR_SUPPORT_URL"]
    with httpx.Client(timeout=15.0) as client:
        resp = client.post(url, json=ticket_payload(fault))
        resp.raise_for_status()
        return resp.json()["ticket_id"]


if __name__ == "__main__":
    import sys

    fault = KilnFault(controller_serial=sys.argv[1], error_code=sys.argv[2],
                      description=" ".join(sys.argv[3:]) or "no description")
    print(open_ticket(fault))
