"""Registry sync for dedicated match servers.

Game-server sidecars present certificates issued by our internal fleet CA,
so both the HTTPS status calls and the raw TLS control channel verify
against that CA bundle instead of the public trust store.
"""
import json
import os
import socket
import ssl

import requests

FLEET_CA_BUNDLE = os.environ.get("FLEET_CA_BUNDLE", "/etc/bracketd/fleet-ca.pem")


def _control_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=FLEET_CA_BUNDLE)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class ServerRegistry:
    def __init__(self, registry_url: str):
        self.registry_url = registry_url.rstrip("/")
        self.http = requests.Session()
        self.http.verify = FLEET_CA_BUNDLE

    def list_servers(self, region: str) -> list[dict]:
        resp = self.http.get(f"{self.registry_url}/servers", params={"region": region}, timeout=5)
        resp.raise_for_status()
        return resp.json()["servers"]

    def status(self, host: str, port: int = 8443) -> dict:
        resp = self.http.get(f"https://{host}:{port}/status", timeout=3)
        resp.raise_for_status()
        return resp.json()

    def send_control(self, host: str, command: dict, port: int = 9443) -> dict:
        ctx = _control_context()
        with socket.create_connection((host, port), timeout=5) as raw:
            with ctx.wrap_socket(raw, server_hostname=host) as tls:
                tls.sendall(json.dumps(command).encode() + b"\n")
                reply = tls.makefile("rb").readline()
        return json.loads(reply)
