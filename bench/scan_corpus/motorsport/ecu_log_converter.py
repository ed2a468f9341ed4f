"""Converts raw ECU logger dumps uploaded by race engineers into Parquet for analysis."""
from __future__ import annotations

import logging
import os
import subprocess
from pathlib import Path
from typing import Any, Dict

from flask import Flask, jsonify, request
from werkzeug.datastructures import FileStorage

app = Flask(__name__)
log = logging.getLogger("ecu.convert")

INBOX = Path(os.environ.get("ECU_INBOX", "/srv/telemetry/inbox"))
OUTBOX = Path(os.environ.get("ECU_OUTBOX", "/srv/telemetry/parquet"))
CONVERTER = os.environ.get("ECU_CONVERTER_BIN", "/opt/mclog/bin/log2parquet")

RUN_OPTS: Dict[str, Any] = {"shell": True, "capture_output": True, "text": True, "timeout": 300}


def _stash(upload: FileStorage, session_tag: str) -> Path:
    INBOX.mkdir(parents=True, exist_ok=True)
    target = INBOX / f"{session_tag}.ld"
    upload.save(target)
    return target


def _conversion_command(source: Path, channels: str, session_tag: str) -> str:
    destination = OUTBOX / f"{session_tag}.parquet"
    return f"{CONVERTER} --in {source} --out {destination} --channels {channels}"


def convert(source: Path, channels: str, session_tag: str) -> subprocess.CompletedProcess:
    cmd = _conversion_command(source, channels, session_tag)
    log.info("converting %s", source.name)
    return subprocess.run(cmd, **RUN_OPTS)


@app.post("/ecu/logs/<session_tag>")
def upload_log(session_tag: str):
    upload = request.files.get("log")
    if upload is None:
        return jsonify({"error": "missing log file"}), 400
    channels = request.form.get("channels", "rpm,throttle,brake_press,gear,speed")
    source = _stash(upload, session_tag.replace("/", "_"))
    result = convert(source, channels, session_tag.replace("/", "_"))
    if result.returncode != 0:
        return jsonify({"error": "conversion failed", "detail": result.stderr[-500:]}), 500
    return jsonify({"status": "converted", "session": session_tag}), 201
