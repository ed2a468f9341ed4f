"""Push crew permits to client site gate controllers.

Larger construction sites run turnstile controllers that accept a permit
list over a TLS socket. We push the crew and vehicle registrations for
each booked lift the evening before.
"""
import json
import os
import socket
import ssl
from dataclasses import dataclass
from typing import List

_TLS_PROFILE = {
    "minimum_version": ssl.TLSVersion.TLSv1_2,
    "ca_file_env": "GATE_CA_BUNDLE",
    "client_cert_env": "GATE_CLIENT_CERT",
    "client_key_env": "GATE_CLIENT_KEY",
}


@dataclass
class CrewPermit:
    operator_name: str
    card_number: str
    vehicle_reg: str
    valid_from: str
    valid_to: str


def tls_context(profile: dict = _TLS_PROFILE) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=os.environ[profile["ca_file_env"]])
    ctx.minimum_version = profile["minimum_version"]
    ctx.load_cert_chain(os.environ[profile["client_cert_env"]], os.environ[profile["client_key_env"]])
    return ctx


class GateController:
    def __init__(self, host: str, port: int = 9443, timeout: float = 10.0) -> None:
        self.host = host
        self.port = port
        self.timeout = timeout
        self._ctx = tls_context()

    def push(self, site_code: str, permits: List[CrewPermit]) -> int:
        message = json.dumps(
            {"site": site_code, "permits": [p.__dict__ for p in permits]}
        ).encode() + b"\n"
        with socket.create_connection((self.host, self.port), timeout=self.timeout) as raw:
            with self._ctx.wrap_socket(raw, server_hostname=self.host) as tls:
                tls.sendall(message)
                reply = tls.makefile("rb").readline()
        result = json.loads(reply)
        if result.get("status") != "accepted":
            raise RuntimeError(f"gate controller rejected permits: {result.get('reason')}")
        return int(result["count"])
