"""Build a support bundle for the CNC software vendor when a post-processor fails.

Only selected, non-secret settings go into the bundle: the vendor needs to know
versions and paths, not our credentials.
"""
import json
import os
import platform
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

import requests

SUPPORT_URL = "https://support.cnc-vendor.example.com/api/tickets/{ticket}/attachments"
SHAREABLE_SETTINGS = (
    "TINSMITH_SITE_CODE",
    "TINSMITH_POSTPROCESSOR",
    "TINSMITH_POST_VERSION",
    "TINSMITH_NEST_OUTPUT_DIR",
    "TZ",
    "LANG",
)


@dataclass
class Bundle:
    ticket: str
    python: str
    os_name: str
    settings: dict
    log_tail: list[str]


def collect(ticket: str, log_file: Path, tail: int = 200) -> Bundle:
    lines = log_file.read_text(errors="replace").splitlines()[-tail:] if log_file.exists() else []
    settings = {name: os.environ[name] for name in SHAREABLE_SETTINGS if name in os.environ}
    return Bundle(ticket, sys.version.split()[0], platform.platform(), settings, lines)


def upload(bundle: Bundle, support_token: str) -> None:
    resp = requests.post(
        SUPPORT_URL.format(ticket=bundle.ticket),
        headers={"Authorization": f"Bearer {support_token}"},
        files={"bundle": ("bundle.json", json.dumps(asdict(bundle), indent=2), "application/json")},
        timeout=30,
    )
    resp.raise_for_status()


if __name__ == "__main__":
    ticket_no = sys.argv[1]
    b = collect(ticket_no, Path(os.environ.get("TINSMITH_POST_LOG", "/var/log/tinsmith/post.log")))
    upload(b, os.environ["CNC_VENDOR_SUPPORT_TOKEN"])
    print(f"uploaded bundle for ticket {ticket_no} with {len(b.log_tail)} log lines")
