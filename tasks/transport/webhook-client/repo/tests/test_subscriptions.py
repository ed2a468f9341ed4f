import json

import pytest

from shipevents import load_subscriptions


def test_load_and_filter(tmp_path):
    path = tmp_path / "subscriptions.json"
    path.write_text(json.dumps([
        {"customer_id": "c-100", "url": "https://hooks.example.com/ship", "events": ["shipment.delivered"]},
        {"customer_id": "c-200", "url": "https://erp.example.org/in"},
    ]))
    first, second = load_subscriptions(path)
    assert first.wants("shipment.delivered") and not first.wants("shipment.in_transit")
    assert second.wants("shipment.exception")


def test_plain_http_rejected(tmp_path):
    path = tmp_path / "subscriptions.json"
    path.write_text(json.dumps([{"customer_id": "c-1", "url": "http://example.com/hook"}]))
    with pytest.raises(ValueError):
        load_subscriptions(path)
