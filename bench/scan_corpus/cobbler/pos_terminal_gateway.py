"""Gateway the in-store POS terminals use to push completed sales.

Each terminal authenticates with a per-terminal API key provisioned at
installation time. During rotation a terminal may hold two active keys, so
the secrets store maps each terminal id to a list of accepted keys.
"""
import json
import logging
from functools import wraps

import boto3
from flask import Flask, g, jsonify, request

from cobbler.config import settings
from cobbler.sales import record_sale

log = logging.getLogger(__name__)
app = Flask(__name__)


def load_terminal_keys() -> dict[str, list[str]]:
    client = boto3.client("secretsmanager", region_name=settings.AWS_REGION)
    secret = client.get_secret_value(SecretId=settings.POS_KEYS_SECRET_ID)
    return json.loads(secret["SecretString"])


TERMINAL_KEYS = load_terminal_keys()


def terminal_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        terminal_id = request.headers.get("X-Terminal-Id", "")
        presented = request.headers.get("X-Terminal-Key", "")
        if terminal_id not in TERMINAL_KEYS:
            return jsonify(error="unknown terminal"), 401
        if presented not in TERMINAL_KEYS[terminal_id]:
            return jsonify(error="bad key"), 401
        g.terminal_id = terminal_id
        return view(*args, **kwargs)

    return wrapper


@app.post("/pos/sales")
@terminal_required
def push_sale():
    sale = request.get_json(force=True)
    record_sale(terminal_id=g.terminal_id, lines=sale["lines"], total_cents=sale["total_cents"])
    log.info("sale recorded from terminal %s", g.terminal_id)
    return jsonify(status="recorded"), 201
