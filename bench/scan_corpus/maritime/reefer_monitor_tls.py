"""Mutual-TLS connection to the reefer monitoring gateways in the yard (setpoints, alarms)."""
import json
import os
import socket
import ssl

REEFER_TLS = {
    "ca_file": os.environ.get("REEFER_CA_FILE", "/etc/terminal/pki/reefer-ca.pem"),
    "cert_file": os.environ.get("REEFER_CLIENT_CERT", "/etc/terminal/pki/reefer-client.pem"),
    "key_file": os.environ.get("REEFER_CLIENT_KEY", "/etc/terminal/pki/reefer-client.key"),
    "min_version": ssl.TLSVersion.TLSv1_2,
}
PORT = 9443


def _context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=REEFER_TLS["ca_file"])
    ctx.minimum_version = REEFER_TLS["min_version"]
    ctx.load_cert_chain(REEFER_TLS["cert_file"], REEFER_TLS["key_file"])
    return ctx


def query(gateway_host: str, command: dict, timeout: float = 10.0) -> dict:
    ctx = _context()
    with socket.create_connection((gateway_host, PORT), timeout=timeout) as raw:
        with ctx.wrap_socket(raw, server_hostname=gateway_host) as tls:
            tls.sendall(json.dumps(command).encode() + b"\n")
            data = b""
            while not data.endswith(b"\n"):
                chunk = tls.recv(4096)
                if not chunk:
                    break
                data += chunk
    return json.loads(data)


def setpoint(gateway_host: str, container_no: str) -> float:
    reply = query(gateway_host, {"op": "get_setpoint", "container": container_no})
    return float(reply["setpoint_c"])


def active_alarms(gateway_host: str) -> list[dict]:
    return query(gateway_host, {"op": "alarms"}).get("alarms", [])
