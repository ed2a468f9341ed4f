"""Ship normalized events to the SIEM collector over syslog-TLS (RFC 5425)."""
import json
import os
import socket
import ssl
from datetime import datetime, timezone

COLLECTOR_HOST = os.environ["SIEM_COLLECTOR_HOST"]
COLLECTOR_PORT = int(os.environ.get("SIEM_COLLECTOR_PORT", "6514"))
CA_BUNDLE = os.environ.get("SIEM_CA_BUNDLE", "/etc/pki/siem/ca.pem")
CLIENT_CERT = os.environ.get("SIEM_CLIENT_CERT")
CLIENT_KEY = os.environ.get("SIEM_CLIENT_KEY")


def build_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=CA_BUNDLE)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    if CLIENT_CERT and CLIENT_KEY:
        ctx.load_cert_chain(CLIENT_CERT, CLIENT_KEY)
    return ctx


def frame(event: dict, app: str = "logfwd") -> bytes:
    ts = datetime.now(timezone.utc).isoformat()
    payload = f"<134>1 {ts} {socket.gethostname()} {app} - - - {json.dumps(event)}".encode()
    return f"{len(payload)} ".encode() + payload


def send_events(events, host: str = COLLECTOR_HOST, port: int = COLLECTOR_PORT) -> int:
    ctx = build_context()
    sent = 0
    with socket.create_connection((host, port), timeout=15) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            for event in events:
                tls.sendall(frame(event))
                sent += 1
    return sent
