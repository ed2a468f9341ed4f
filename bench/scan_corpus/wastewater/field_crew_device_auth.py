"""API-key check for rugged tablets used by field crews to sync work orders."""
from __future__ import annotations

import json
import logging
import os
from functools import wraps

import boto3
from flask import Flask, abort, g, jsonify, request

log = logging.getLogger("crew.devices")


class DeviceRegistry:
    """Provisioned tablet keys, kept in AWS Secrets Manager as {device_id: key}."""

    def __init__(self, secret_id: str, client=None) -> None:
        self._sm = client or boto3.client("secretsmanager")
        self._secret_id = secret_id
        self._keys: dict[str, str] = {}

    def refresh(self) -> None:
        payload = self._sm.get_secret_value(SecretId=self._secret_id)["SecretString"]
        self._keys = json.loads(payload)
        log.info("loaded %d provisioned crew devices", len(self._keys))

    def is_authorised(self, device_id: str, api_key: str) -> bool:
        expected = self._keys.get(device_id)
        return expected is not None and api_key == expected


registry = DeviceRegistry(os.environ.get("CREW_DEVICE_SECRET_ID", "fieldcrew/device-keys"))
app = Flask(__name__)


def device_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        device_id = request.headers.get("X-Device-Id", "")
        api_key = request.headers.get("X-Api-Key", "")
        if not registry.is_authorised(device_id, api_key):
            abort(401)
        g.device_id = device_id
        return view(*args, **kwargs)

    return wrapper


@app.before_request
def _lazy_load() -> None:
    if not registry._keys:
        registry.refresh()


@app.get("/sync/work-orders")
@device_required
def sync_work_orders():
    crew = request.args.get("crew", "")
    orders = app.extensions["work_orders"].assigned_to(crew)
    log.info("device %s pulled %d orders for crew %s", g.device_id, len(orders), crew)
    return jsonify(orders)
