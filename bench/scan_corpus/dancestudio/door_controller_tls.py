"""TLS connection profile for the on-site door controllers in each studio."""
from __future__ import annotations

import json
import socket
import ssl
from dataclasses import dataclass
from typing import Optional


@dataclass
class ControllerEndpoint:
    studio_code: str
    host: str
    port: int = 8443


class ControllerTlsProfile:
    """Shared settings for talking to the older keypad firmware and the new readers."""

    ca_file = "/etc/dancestudio/door-ca.pem"
    minimum_version = ssl.TLSVersion.TLSv1
    ciphers = "HIGH:!aNULL:!MD5"

    def __init__(self, client_cert: Optional[str] = None, client_key: Optional[str] = None) -> None:
        self._client_cert = client_cert
        self._client_key = client_key

    @property
    def context(self) -> ssl.SSLContext:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.load_verify_locations(self.ca_file)
        ctx.minimum_version = self.minimum_version
        ctx.set_ciphers(self.ciphers)
        if self._client_cert:
            ctx.load_cert_chain(self._client_cert, self._client_key)
        return ctx


class DoorControllerLink:
    def __init__(self, endpoint: ControllerEndpoint, profile: ControllerTlsProfile) -> None:
        self.endpoint = endpoint
        self.profile = profile

    def _call(self, command: dict) -> dict:
        raw = socket.create_connection((self.endpoint.host, self.endpoint.port), timeout=5)
        with self.profile.context.wrap_socket(raw, server_hostname=self.endpoint.host) as tls:
            tls.sendall(json.dumps(command).encode() + b"\n")
            buf = b""
            while not buf.endswith(b"\n"):
                chunk = tls.recv(4096)
                if not chunk:
                    break
                buf += chunk
        return json.loads(buf or b"{}")

    def unlock(self, door_id: str, seconds: int = 5) -> bool:
        reply = self._call({"op": "unlock", "door": door_id, "hold": seconds})
        return reply.get("status") == "ok"

    def door_states(self) -> dict:
        return self._call({"op": "status"}).get("doors", {})
