"""TLS control link to the transmitter remote-control units (RCU) at unattended sites."""
import json
import os
import socket
import ssl

RCU_CA_FILE = os.environ.get("RCU_CA_FILE", "/etc/broadcast/rcu-ca.pem")
RCU_PORT = 8443


def make_rcu_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=RCU_CA_FILE)
    # The RCU firmware at the hilltop sites only negotiates TLS 1.0.
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


class RcuClient:
    def __init__(self, host: str, port: int = RCU_PORT, timeout: float = 10.0) -> None:
        self.host = host
        self.port = port
        self.timeout = timeout
        self._ctx = make_rcu_context()

    def command(self, verb: str, **params) -> dict:
        message = json.dumps({"cmd": verb, "params": params}).encode("utf-8") + b"\n"
        with socket.create_connection((self.host, self.port), timeout=self.timeout) as raw:
            with self._ctx.wrap_socket(raw, server_hostname=self.host) as tls:
                tls.sendall(message)
                reply = tls.makefile("rb").readline()
        result = json.loads(reply)
        if result.get("status") != "ok":
            raise RuntimeError(f"RCU {self.host} rejected {verb}: {result.get('error')}")
        return result.get("data", {})

    def switch_to_reserve(self, tx: str) -> dict:
        return self.command("changeover", tx=tx, target="reserve")

    def read_alarms(self) -> list:
        return self.command("alarms").get("active", [])
