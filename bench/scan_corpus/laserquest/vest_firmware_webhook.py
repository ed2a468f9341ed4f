"""Receives 'firmware published' webhooks from the CI build server for the vest fleet."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
from pathlib import Path

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger("laserquest.firmware")

WEBHOOK_SECRET = os.environ["FIRMWARE_WEBHOOK_SECRET"].encode("utf-8")
RELEASES_FILE = Path(os.environ.get("VEST_RELEASES_FILE", "/var/lib/laserquest/releases.json"))


def _load_releases() -> list[dict]:
    if not RELEASES_FILE.exists():
        return []
    return json.loads(RELEASES_FILE.read_text())


def _save_releases(releases: list[dict]) -> None:
    tmp = RELEASES_FILE.with_suffix(".tmp")
    tmp.write_text(json.dumps(releases, indent=2))
    tmp.replace(RELEASES_FILE)


@app.post("/hooks/firmware-published")
def firmware_published():
    body = request.get_data()
    provided = request.headers.get("X-Build-Signature", "")
    expected = "sha256=" + hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    if provided != expected:
        log.warning("firmware webhook with bad signature from %s", request.remote_addr)
        abort(401)

    event = json.loads(body)
    release = {
        "version": event["version"],
        "hardware_rev": event.get("hardware_rev", "v3"),
        "artifact_url": event["artifact_url"],
        "sha256": event["sha256"],
        "channel": event.get("channel", "beta"),
    }
    releases = [r for r in _load_releases() if r["version"] != release["version"]]
    releases.append(release)
    _save_releases(releases)
    log.info("registered vest firmware %s on channel %s", release["version"], release["channel"])
    return jsonify({"registered": release["version"]}), 202


@app.get("/firmware/latest")
def latest_firmware():
    channel = request.args.get("channel", "stable")
    candidates = [r for r in _load_releases() if r["channel"] == channel]
    if not candidates:
        abort(404)
    return jsonify(candidates[-1])
