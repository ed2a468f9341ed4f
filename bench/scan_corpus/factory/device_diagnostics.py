"""Diagnostics endpoints for the gateway admin UI."""
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/diag/ping")
def ping_device():
    host = request.args.get("host", "")
    if not host:
        return jsonify({"error": "host required"}), 400
    proc = subprocess.run(
        f"ping -c 3 -W 2 {host}",
        shell=True,
        capture_output=True,
        text=True,
        timeout=15,
    )
    return jsonify({"host": host, "rc": proc.returncode, "output": proc.stdout})


@app.get("/diag/uptime")
def uptime():
    proc = subprocess.run(["uptime"], capture_output=True, text=True, timeout=5)
    return jsonify({"uptime": proc.stdout.strip()})
