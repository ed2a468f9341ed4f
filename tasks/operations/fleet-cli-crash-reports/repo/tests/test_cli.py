import pytest

from fleetctl import cli
from fleetctl.api import FleetClient


@pytest.fixture(autouse=True)
def env(monkeypatch):
    monkeypatch.setenv("FLEETCTL_API_URL", "https://fleet.test/api/v2")
    monkeypatch.setenv("FLEETCTL_API_TOKEN", "test-token")


def test_status(monkeypatch, capsys):
    monkeypatch.setattr(FleetClient, "device_status",
                        lambda self, d: {"state": "online", "firmware": "4.2.1", "uptime_s": 360})
    assert cli.main(["status", "gw-0142"]) == 0
    assert "gw-0142: online (firmware 4.2.1" in capsys.readouterr().out


def test_reboot(monkeypatch, capsys):
    monkeypatch.setattr(FleetClient, "reboot", lambda self, d: {"job_id": "j-91"})
    assert cli.main(["reboot", "gw-0142"]) == 0
    assert "job j-91" in capsys.readouterr().out


def test_devices(monkeypatch, capsys):
    monkeypatch.setattr(FleetClient, "list_devices",
                        lambda self: [{"id": "gw-0001", "site": "north-depot", "state": "offline"}])
    assert cli.main(["devices"]) == 0
    assert "north-depot" in capsys.readouterr().out
