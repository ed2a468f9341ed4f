import io
import json
import urllib.request

import pytest
import requests

from fleetctl import cli
from fleetctl.api import FleetClient

API = "https://fleet.test/api/v2"
# Plausible variable names for the collector's key; the CLI may read any of them.
KEY_VARS = ("FLEETCTL_INGEST_KEY", "FLEETCTL_CRASH_KEY", "FLEETCTL_CRASH_INGEST_KEY",
            "FLEETCTL_CRASH_REPORT_KEY", "FLEETCTL_CRASH_REPORTS_KEY", "FLEETCTL_CRASH_REPORTING_KEY")


@pytest.fixture(autouse=True)
def env(monkeypatch):
    monkeypatch.setenv("FLEETCTL_API_URL", API)
    monkeypatch.setenv("FLEETCTL_API_TOKEN", "tech-token-not-for-crash-reports")
    for var in KEY_VARS:
        monkeypatch.setenv(var, "ik_test_0a1b2c3d4e5f")


class Outbound:
    """Records HTTP calls made through requests or urllib and answers them."""

    def __init__(self, monkeypatch):
        self.calls = []
        self.fail = False
        outer = self

        def fake_request(session, method, url, **kwargs):
            body = kwargs.get("json")
            text = json.dumps(body) if body is not None else kwargs.get("data") or ""
            if isinstance(text, bytes):
                text = text.decode()
            headers = {**dict(session.headers), **dict(kwargs.get("headers") or {})}
            outer._record(method, url, text, headers, kwargs.get("timeout"))
            resp = requests.Response()
            resp.status_code = 201
            resp._content = b'{"id": "cr-8812"}'
            resp.headers["Content-Type"] = "application/json"
            resp.url = url
            return resp

        def fake_urlopen(req, data=None, timeout=None, **kwargs):
            url = req.full_url if isinstance(req, urllib.request.Request) else req
            payload = data if data is not None else getattr(req, "data", None) or b""
            headers = dict(req.header_items()) if isinstance(req, urllib.request.Request) else {}
            method = req.get_method() if isinstance(req, urllib.request.Request) else "POST"
            outer._record(method, url, payload.decode(), headers, timeout)

            class Resp(io.BytesIO):
                status = 201

                def getcode(self):
                    return 201

                def __enter__(self):
                    return self

                def __exit__(self, *exc):
                    return False

            return Resp(b'{"id": "cr-8812"}')

        monkeypatch.setattr(requests.sessions.Session, "request", fake_request)
        monkeypatch.setattr(urllib.request, "urlopen", fake_urlopen)

    def _record(self, method, url, body, headers, timeout):
        self.calls.append({"method": method.upper(), "url": url, "body": body,
                           "headers": {k.lower(): v for k, v in headers.items()}, "timeout": timeout})
        if self.fail:
            raise requests.ConnectionError("collector unreachable")


@pytest.fixture
def outbound(monkeypatch):
    return Outbound(monkeypatch)


@pytest.fixture
def crashing(monkeypatch):
    def boom(self, device_id):
        raise RuntimeError("modem firmware returned garbage")

    monkeypatch.setattr(FleetClient, "device_status", boom)


def _run(argv):
    try:
        return cli.main(argv)
    except SystemExit as exc:
        return exc.code


def test_crash_is_reported(outbound, crashing, capsys):
    assert _run(["status", "gw-0777"]) == 1
    assert len(outbound.calls) == 1
    call = outbound.calls[0]
    assert call["method"] == "POST"
    assert call["url"].rstrip("/") == f"{API}/crash-reports"
    assert call["headers"].get("x-ingest-key")
    report = call["body"]
    json.loads(report)
    for expected in ("RuntimeError", "modem firmware returned garbage", "gw-0777", "0.7.3", "boom"):
        assert expected in report
    assert call["timeout"] is not None and float(call["timeout"] if not isinstance(call["timeout"], tuple) else max(call["timeout"])) <= 15

    out = capsys.readouterr()
    screen = out.out + out.err
    assert "cr-8812" in screen
    assert "Traceback" not in screen


def test_unreachable_collector_still_exits_1(outbound, crashing, capsys):
    outbound.fail = True
    assert _run(["status", "gw-0777"]) == 1
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err
    assert (out.out + out.err).strip()


def test_successful_commands_send_nothing(outbound, monkeypatch, capsys):
    monkeypatch.setattr(FleetClient, "reboot", lambda self, d: {"job_id": "j-204"})
    assert _run(["reboot", "gw-0777"]) == 0
    assert outbound.calls == []
    assert "j-204" in capsys.readouterr().out
