"""Checks whether PLCs on the controls network answer ICMP before a firmware push."""
import ipaddress
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


def ping(host: str, count: int = 3) -> subprocess.CompletedProcess:
    addr = ipaddress.ip_address(host)
    return subprocess.run(
        ["ping", "-c", str(count), "-W", "2", str(addr)],
        capture_output=True,
        text=True,
        timeout=15,
        check=False,
    )


@app.get("/plc/reachable")
def reachable():
    host = request.args.get("host", "")
    try:
        proc = ping(host)
    except ValueError:
        return jsonify({"error": "host must be an IP address"}), 400
    return jsonify({"host": host, "reachable": proc.returncode == 0})
