"""Functional checks for Payrail signature verification and the webhook endpoint."""

import hashlib
import hmac
import json
import time

import pytest
from fastapi.testclient import TestClient

from paywall.app import create_app
from paywall.settings import Settings
from paywall.signatures import verify_signature
from paywall.store import EntitlementStore

SECRET = "whsec_5bX2qL9vT0mR8kP1zN4cJ7yH3dF6gA2s"
BODY = json.dumps({"type": "invoice.paid", "data": {"customer": "cus_42", "plan": "digital-annual",
                                                     "period_end": "2025-09-30"}}).encode()


def sign(body, secret=SECRET, ts=None):
    ts = int(time.time()) if ts is None else ts
    mac = hmac.new(secret.encode(), f"{ts}.".encode() + body, hashlib.sha256).hexdigest()
    return ts, mac


def header(ts, *macs):
    return ",".join([f"t={ts}"] + [f"v1={m}" for m in macs])


def test_valid_signature():
    ts, mac = sign(BODY)
    assert verify_signature(BODY, header(ts, mac), SECRET, tolerance=300, now=ts + 10) is True


def test_rolled_secret_any_v1_matches():
    ts, new = sign(BODY)
    _, old = sign(BODY, secret="whsec_previous_0000000000000000000000")
    assert verify_signature(BODY, header(ts, old, new), SECRET, tolerance=300, now=ts) is True


def test_wrong_secret_or_tampered_body():
    ts, mac = sign(BODY, secret="whsec_someone_else_111111111111111111")
    assert verify_signature(BODY, header(ts, mac), SECRET, now=ts) is False
    ts, mac = sign(BODY)
    assert verify_signature(BODY.replace(b"annual", b"weekly"), header(ts, mac), SECRET, now=ts) is False


def test_stale_or_future_timestamp():
    ts, mac = sign(BODY, ts=1_700_000_000)
    assert verify_signature(BODY, header(ts, mac), SECRET, tolerance=300, now=ts + 301) is False
    assert verify_signature(BODY, header(ts, mac), SECRET, tolerance=300, now=ts - 301) is False
    assert verify_signature(BODY, header(ts, mac), SECRET, tolerance=300, now=ts + 299) is True


@pytest.mark.parametrize("bad", [None, "", "garbage", "t=abc,v1=00", "v1=deadbeef", "t=1700000000"])
def test_malformed_headers_rejected(bad):
    assert verify_signature(BODY, bad, SECRET, now=1_700_000_000) is False


def test_endpoint_applies_signed_event():
    store = EntitlementStore()
    client = TestClient(create_app(Settings(webhook_secret=SECRET), store))
    ts, mac = sign(BODY)
    resp = client.post("/webhooks/payrail", content=BODY, headers={"Payrail-Signature": header(ts, mac),
                                                                   "Content-Type": "application/json"})
    assert resp.status_code == 200
    assert resp.json()["handled"] is True
    assert store.get("cus_42").plan == "digital-annual"


def test_endpoint_rejects_bad_signature():
    store = EntitlementStore()
    client = TestClient(create_app(Settings(webhook_secret=SECRET), store))
    ts, _ = sign(BODY)
    resp = client.post("/webhooks/payrail", content=BODY, headers={"Payrail-Signature": header(ts, "0" * 64)})
    assert resp.status_code == 400
    assert store.get("cus_42") is None
