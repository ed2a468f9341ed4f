"""NOC diagnostics endpoint: quick SNMP reads against a customer CPE or switch."""
import os
import subprocess

from flask import Blueprint, jsonify, request

bp = Blueprint("snmp_diag", __name__, url_prefix="/noc/diag")

OIDS = {
    "uptime": "1.3.6.1.2.1.1.3.0",
    "sysname": "1.3.6.1.2.1.1.5.0",
    "ifstatus": "1.3.6.1.2.1.2.2.1.8",
}


@bp.get("/snmp")
def snmp_read():
    host = request.args.get("host", "")
    what = request.args.get("what", "uptime")
    oid = OIDS.get(what)
    if oid is None:
        return jsonify(error="unknown query"), 400

    community = os.environ["NOC_SNMP_COMMUNITY"]
    cmd = f"snmpwalk -v2c -c {community} -t 2 -r 1 -Oqv {host} {oid}"
    proc = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=15)
    if proc.returncode != 0:
        return jsonify(error=proc.stderr.strip()), 502
    return jsonify(host=host, what=what, values=proc.stdout.split("\n")[:-1])
