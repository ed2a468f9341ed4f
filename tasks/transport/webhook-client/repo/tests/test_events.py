from datetime import datetime, timedelta, timezone

import pytest

from shipevents import ShipmentEvent


def test_payload_uses_utc_and_stable_fields():
    local = timezone(timedelta(hours=-7))
    ev = ShipmentEvent("1Z999AA10123456784", "in_transit", datetime(2024, 5, 1, 9, 30, tzinfo=local), "Reno, NV")
    payload = ev.to_payload()
    assert payload["type"] == "shipment.in_transit"
    assert payload["occurred_at"] == "2024-05-01T16:30:00+00:00"
    assert set(payload) == {"id", "type", "tracking_number", "location", "occurred_at"}


def test_unknown_status_rejected():
    with pytest.raises(ValueError):
        ShipmentEvent("X1", "lost_in_space", datetime.now(timezone.utc))
