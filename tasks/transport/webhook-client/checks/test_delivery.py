"""Functional checks for WebhookClient.deliver; the HTTP layer is replaced, nothing leaves the host."""

import json
from datetime import datetime, timezone

import pytest
import requests
from requests.adapters import HTTPAdapter

from shipevents.delivery import WebhookClient
from shipevents.events import ShipmentEvent
from shipevents.settings import DeliverySettings
from shipevents.subscriptions import Subscription

URL = "https://hooks.customer.example/shipments"


class FakeTransport:
    """Replays a script of status codes (int) or exceptions, one per request."""

    def __init__(self, script):
        self.script = list(script)
        self.requests = []
        self.kwargs = []

    def send(self, adapter, request, **kwargs):
        self.requests.append(request)
        self.kwargs.append(kwargs)
        step = self.script.pop(0) if self.script else 200
        if isinstance(step, BaseException):
            raise step
        resp = requests.Response()
        resp.status_code = step
        resp._content = b"{}"
        resp.headers["Content-Type"] = "application/json"
        resp.url = request.url
        resp.request = request
        return resp


@pytest.fixture
def transport(monkeypatch):
    def install(*script):
        fake = FakeTransport(script)
        monkeypatch.setattr(HTTPAdapter, "send", lambda self, request, *a, **kw: fake.send(self, request, **kw))
        return fake

    return install


@pytest.fixture
def event():
    return ShipmentEvent("1Z999AA10123456784", "delivered", datetime(2024, 6, 3, 14, 5, tzinfo=timezone.utc), "Boise, ID")


def make_client(sleeps, **overrides):
    settings = DeliverySettings(timeout_seconds=4.0, max_attempts=3, backoff_seconds=1.5, **overrides)
    return WebhookClient(settings, sleep=sleeps.append)


def test_successful_delivery_posts_payload(transport, event):
    fake = transport(200)
    sleeps = []
    result = make_client(sleeps).deliver(Subscription("c-1", URL, ("*",)), event)
    assert result.delivered is True
    assert result.attempts == 1
    assert result.status_code == 200
    assert sleeps == []
    (req,) = fake.requests
    assert req.method == "POST"
    assert req.url == URL
    assert json.loads(req.body) == event.to_payload()
    assert req.headers["X-Event-Id"] == event.event_id
    assert req.headers["User-Agent"] == DeliverySettings().user_agent
    assert "json" in req.headers["Content-Type"]
    assert fake.kwargs[0].get("timeout") is not None


def test_server_error_is_retried_with_backoff(transport, event):
    fake = transport(503, 502, 200)
    sleeps = []
    result = make_client(sleeps).deliver(Subscription("c-1", URL, ("*",)), event)
    assert result.delivered is True
    assert result.attempts == 3
    assert len(fake.requests) == 3
    assert len(sleeps) == 2
    assert sleeps[0] > 0 and sleeps[1] > sleeps[0]


def test_client_error_is_final(transport, event):
    fake = transport(410)
    sleeps = []
    result = make_client(sleeps).deliver(Subscription("c-1", URL, ("*",)), event)
    assert result.delivered is False
    assert result.status_code == 410
    assert result.attempts == 1
    assert len(fake.requests) == 1
    assert sleeps == []


def test_connection_errors_exhaust_attempts(transport, event):
    fake = transport(
        requests.exceptions.ConnectionError("refused"),
        requests.exceptions.ReadTimeout("slow"),
        requests.exceptions.ConnectionError("refused"),
    )
    sleeps = []
    result = make_client(sleeps).deliver(Subscription("c-1", URL, ("*",)), event)
    assert result.delivered is False
    assert result.attempts == 3
    assert result.status_code is None
    assert result.error
    assert len(fake.requests) == 3
    assert len(sleeps) == 2


def test_persistent_server_error_reports_last_status(transport, event):
    transport(500, 500, 500)
    sleeps = []
    result = make_client(sleeps).deliver(Subscription("c-1", URL, ("*",)), event)
    assert result.delivered is False
    assert result.attempts == 3
    assert result.status_code == 500
