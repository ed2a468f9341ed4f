"""NOC looking-glass: SNMP reads and pings against customer-facing equipment."""
import ipaddress
import os
import re
import subprocess

from flask import Blueprint, jsonify, request

bp = Blueprint("looking_glass", __name__, url_prefix="/noc/lg")

_HOSTNAME = re.compile(r"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$")

OIDS = {
    "uptime": "1.3.6.1.2.1.1.3.0",
    "sysname": "1.3.6.1.2.1.1.5.0",
    "ifstatus": "1.3.6.1.2.1.2.2.1.8",
}


def _target(value: str) -> str:
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        if _HOSTNAME.match(value):
            return value
    raise ValueError("invalid target")


@bp.get("/snmp")
def snmp_read():
    try:
        host = _target(request.args.get("host", ""))
    except ValueError:
        return jsonify(error="invalid host"), 400
    oid = OIDS.get(request.args.get("what", "uptime"))
    if oid is None:
        return jsonify(error="unknown query"), 400

    cmd = ["snmpwalk", "-v2c", "-c", os.environ["NOC_SNMP_COMMUNITY"], "-t", "2", "-r", "1", "-Oqv", host, oid]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=15)
    if proc.returncode != 0:
        return jsonify(error="snmp query failed"), 502
    return jsonify(host=host, values=proc.stdout.splitlines())


@bp.get("/ping")
def ping():
    try:
        host = _target(request.args.get("host", ""))
    except ValueError:
        return jsonify(error="invalid host"), 400
    proc = subprocess.run(["ping", "-c", "4", "-W", "1", "--", host], capture_output=True, text=True, timeout=10)
    return jsonify(host=host, output=proc.stdout, reachable=proc.returncode == 0)
