"""Celery tasks that push encrypted roster snapshots to the national federation."""
import json
import os
from datetime import datetime, timezone

import requests
from celery import Celery
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

celery_app = Celery("federation", broker=os.environ["CELERY_BROKER_URL"])

FEDERATION_UPLOAD_URL = os.environ["FEDERATION_UPLOAD_URL"]
REQUEST_TIMEOUT = 30
# the federation authenticates clubs with client certificates issued at affiliation
CLIENT_CERT = (os.environ["FEDERATION_CLIENT_CERT"], os.environ["FEDERATION_CLIENT_KEY"])


def _roster_key() -> bytes:
    return bytes.fromhex(os.environ["FEDERATION_ROSTER_KEY"])


def encrypt_snapshot(snapshot: dict, club_code: str) -> bytes:
    aead = ChaCha20Poly1305(_roster_key())
    nonce = os.urandom(12)
    body = json.dumps(snapshot, separators=(",", ":")).encode()
    return nonce + aead.encrypt(nonce, body, club_code.encode())


@celery_app.task(
    autoretry_for=(requests.ConnectionError, requests.Timeout),
    retry_backoff=True,
    max_retries=5,
)
def push_roster_snapshot(club_code: str, players: list[dict]) -> str:
    snapshot = {
        "club": club_code,
        "generated_at": datetime.now(timezone.utc).isoformat(),
        "players": players,
    }
    resp = requests.post(
        FEDERATION_UPLOAD_URL,
        data=encrypt_snapshot(snapshot, club_code),
        headers={"Content-Type": "application/octet-stream", "X-Club-Code": club_code},
        cert=CLIENT_CERT,
        timeout=REQUEST_TIMEOUT,
    )
    resp.raise_for_status()
    return resp.json()["receipt_id"]
