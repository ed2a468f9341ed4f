"""Client for the parcel sorter controller's status interface.

The cross-belt sorter in each sorting centre exposes chute occupancy and
fault counters over a TLS socket.  The dashboard polls it every few seconds.
"""
import json
import os
import socket
import ssl

TLS_SETTINGS = {
    "cafile": os.environ.get("SORTER_CA_BUNDLE", "/etc/postal/tls/sorter-ca.pem"),
    "certfile": os.environ.get("SORTER_CLIENT_CERT", "/etc/postal/tls/dashboard.pem"),
    "keyfile": os.environ.get("SORTER_CLIENT_KEY", "/etc/postal/tls/dashboard.key"),
    "min_version": ssl.TLSVersion.TLSv1_2,  # controller firmware 5.2 added 1.3 support
}


def build_client_context(settings: dict = TLS_SETTINGS) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=settings["cafile"])
    ctx.load_cert_chain(settings["certfile"], settings["keyfile"])
    ctx.minimum_version = settings["min_version"]
    return ctx


class SorterStatusClient:
    def __init__(self, host: str, port: int = 7443, context: ssl.SSLContext | None = None):
        self._host = host
        self._port = port
        self._ctx = context or build_client_context()

    def _query(self, command: str) -> dict:
        with socket.create_connection((self._host, self._port), timeout=5) as raw:
            with self._ctx.wrap_socket(raw, server_hostname=self._host) as tls:
                tls.sendall(json.dumps({"cmd": command}).encode() + b"\n")
                buf = b""
                while not buf.endswith(b"\n"):
                    chunk = tls.recv(4096)
                    if not chunk:
                        break
                    buf += chunk
        return json.loads(buf)

    def chute_occupancy(self) -> dict[str, int]:
        return {c["id"]: c["fill_pct"] for c in self._query("chutes")["chutes"]}

    def fault_counters(self) -> dict:
        return self._query("faults")
