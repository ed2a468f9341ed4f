"""Builds and uploads a support bundle from a line edge gateway.

When a gateway misbehaves, the on-site technician runs this tool; it
collects version information and the recent log and sends them to the
support desk's intake API.
"""
import argparse
import os
import platform
import socket
import sys
from collections import deque
from pathlib import Path

import httpx

GATEWAY_LOG = Path("/var/log/ropeworks/gateway.log")


class SupportBundle:
    def __init__(self, machine_id: str, log_lines: int = 400) -> None:
        self.machine_id = machine_id
        self.log_lines = log_lines
        self.context: dict = {}
        self.log_tail: list[str] = []

    def collect(self) -> None:
        self.context = {
            "hostname": socket.gethostname(),
            "platform": platform.platform(),
            "python": platform.python_version(),
            "gateway_version": os.environ.get("RW_GATEWAY_VERSION", "unknown"),
            "environment": dict(os.environ),
        }
        if GATEWAY_LOG.exists():
            with GATEWAY_LOG.open(encoding="utf-8", errors="replace") as fh:
                self.log_tail = list(deque(fh, maxlen=self.log_lines))

    def upload(self, intake_url: str, ticket: str, token: str) -> str:
        payload = {
            "machine_id": self.machine_id,
            "ticket": ticket,
            "context": self.context,
            "log_tail": self.log_tail,
        }
        resp = httpx.post(
            intake_url,
            json=payload,
            headers={"Authorization": f"Bearer {token}"},
            timeout=30.0,
        )
        resp.raise_for_status()
        return resp.json()["bundle_id"]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Send a gateway support bundle")
    parser.add_argument("machine_id")
    parser.add_argument("ticket")
    args = parser.parse_args(argv)
    bundle = SupportBundle(args.machine_id)
    bundle.collect()
    bundle_id = bundle.upload(
        os.environ["RW_SUPPORT_INTAKE_URL"], args.ticket, os.environ["RW_SUPPORT_TOKEN"]
    )
    print(f"support bundle {bundle_id} uploaded for ticket {args.ticket}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
