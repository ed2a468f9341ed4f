"""Inbound hook used by the medical information call-centre vendor to push new AE intakes."""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field

from flask import Flask, abort, g, jsonify, request


@dataclass
class VendorAccess:
    keys: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_environment(cls) -> "VendorAccess":
        return cls(
            keys={
                "callcentre-emea": os.environ["MI_VENDOR_KEY_EMEA"],
                "callcentre-us": os.environ["MI_VENDOR_KEY_US"],
            }
        )

    def identify(self, presented: str) -> str | None:
        for vendor, key in self.keys.items():
            if secrets.compare_digest(presented.encode(), key.encode()):
                return vendor
        return None


app = Flask(__name__)
app.config["VENDOR_ACCESS"] = VendorAccess.from_environment()


@app.before_request
def authenticate_vendor():
    access: VendorAccess = app.config["VENDOR_ACCESS"]
    vendor = access.identify(request.headers.get("X-Vendor-Key", ""))
    if vendor is None:
        abort(401)
    g.vendor = vendor


REQUIRED = ("reporterType", "product", "eventVerbatim", "awarenessDate")


@app.post("/intake/adverse-events")
def receive_intake():
    payload = request.get_json(force=True)
    missing = [k for k in REQUIRED if not payload.get(k)]
    if missing:
        return jsonify({"error": "missing fields", "fields": missing}), 422
    intake = {
        "source": g.vendor,
        "reporter_type": payload["reporterType"],
        "product": payload["product"],
        "verbatim": payload["eventVerbatim"],
        "day_zero": payload["awarenessDate"],
    }
    app.logger.info("intake from %s for %s", intake["source"], intake["product"])
    return jsonify({"accepted": True, "dayZero": intake["day_zero"]}), 202
