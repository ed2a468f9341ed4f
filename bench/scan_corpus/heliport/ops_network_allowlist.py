"""Restrict the ops-room admin endpoints to the heliport's internal networks."""
from __future__ import annotations

import ipaddress
import logging
from functools import wraps
from typing import Callable, Iterable

from flask import Flask, abort, jsonify, request

log = logging.getLogger("ops.access")

OPS_NETWORKS = tuple(
    ipaddress.ip_network(cidr)
    for cidr in ("10.20.0.0/16", "10.21.8.0/24", "fd3a:7c1e:42::/48")
)


def client_in(networks: Iterable[ipaddress._BaseNetwork], remote: str | None) -> bool:
    if not remote:
        return False
    try:
        addr = ipaddress.ip_address(remote)
    except ValueError:
        return False
    return any(addr in net for net in networks if net.version == addr.version)


def ops_network_only(view: Callable) -> Callable:
    @wraps(view)
    def wrapper(*args, **kwargs):
        if not client_in(OPS_NETWORKS, request.remote_addr):
            log.warning("blocked %s from %s", request.path, request.remote_addr)
            abort(403)
        return view(*args, **kwargs)
    return wrapper


app = Flask(__name__)
PAD_STATUS: dict[str, str] = {"1": "open", "2": "open", "3": "closed-maintenance"}


@app.get("/admin/pads")
@ops_network_only
def pads():
    return jsonify(PAD_STATUS)


@app.post("/admin/pads/<pad>/<state>")
@ops_network_only
def set_pad(pad: str, state: str):
    if pad not in PAD_STATUS or state not in {"open", "closed", "closed-maintenance"}:
        abort(400)
    PAD_STATUS[pad] = state
    log.info("pad %s set to %s by %s", pad, state, request.remote_addr)
    return jsonify({pad: state})
