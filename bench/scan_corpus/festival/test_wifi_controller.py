"""Tests for the captive-portal Wi-Fi controller client."""
import secrets

import pytest
import responses

from festival_wifi.controller import WifiController

BASE = "https://controller.example.test"


@pytest.fixture
def controller():
    return WifiController(BASE, username="portal-svc", password=secrets.token_urlsafe(16), site="arena")


@responses.activate
def test_authorize_guest_posts_lowercase_mac(controller):
    responses.post(f"{BASE}/api/login", json={"meta": {"rc": "ok"}})
    responses.post(f"{BASE}/api/s/arena/cmd/stamgr", json={"data": []})

    controller.login()
    controller.authorize_guest("AA:BB:CC:00:11:22", minutes=60)

    body = responses.calls[-1].request.body
    assert b'"mac": "aa:bb:cc:00:11:22"' in body
    assert b'"minutes": 60' in body


@responses.activate
def test_active_clients_returns_data(controller):
    responses.get(
        f"{BASE}/api/s/arena/stat/sta",
        json={"data": [{"mac": "aa:bb:cc:00:11:22", "ip": "10.20.3.41", "ap_mac": "f0:9f:c2:01:02:03"}]},
    )
    clients = controller.active_clients()
    assert clients[0]["ip"] == "10.20.3.41"


@responses.activate
def test_relogs_in_on_401(controller):
    responses.get(f"{BASE}/api/s/arena/stat/sta", status=401)
    responses.post(f"{BASE}/api/login", json={"meta": {"rc": "ok"}})
    responses.get(f"{BASE}/api/s/arena/stat/sta", json={"data": []})

    assert controller.active_clients() == []
    assert [c.request.url for c in responses.calls][-2].endswith("/api/login")
