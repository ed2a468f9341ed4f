"""Heartbeat from each boatyard's sync box to head office.

Every five minutes the sync box reports which yard it is, which release it
is running and how many handover checklists are waiting to upload.
"""
import os
import socket
import time

import httpx

from canalboat.checklists import pending_upload_count
from canalboat.settings import settings

INTERVAL_SECONDS = 300


def _identity() -> dict:
    return {
        "yard_id": os.environ.get("CANALBOAT_YARD_ID", "unknown"),
        "release": os.environ.get("CANALBOAT_RELEASE", "dev"),
        "host": socket.gethostname(),
    }


def beat(client: httpx.Client) -> None:
    payload = {
        **_identity(),
        "pending_checklists": pending_upload_count(),
        "sent_at": int(time.time()),
    }
    resp = client.post(settings.HEARTBEAT_URL, json=payload)
    resp.raise_for_status()


def run_forever() -> None:
    with httpx.Client(timeout=10.0) as client:
        while True:
            try:
                beat(client)
            except httpx.HTTPError:
                pass
            time.sleep(INTERVAL_SECONDS)


if __name__ == "__main__":
    run_forever()
