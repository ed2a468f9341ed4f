"""TLS link to the quay crane PLC gateways, streaming spreader and hoist telemetry to the historian."""
import json
import logging
import socket
import ssl
from typing import Iterator

log = logging.getLogger(__name__)

GATEWAY_PORT = 8883
READ_TIMEOUT_S = 30
# some of the older STS crane gateways have not been re-flashed yet
MIN_TLS = ssl.TLSVersion.TLSv1
CA_FILE_DEFAULT = "/etc/terminal/pki/plc-gateways-ca.pem"


def _context(ca_file: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=ca_file)
    ctx.minimum_version = MIN_TLS
    return ctx


def stream(gateway_host: str, crane_id: str, ca_file: str = CA_FILE_DEFAULT) -> Iterator[dict]:
    ctx = _context(ca_file)
    with socket.create_connection((gateway_host, GATEWAY_PORT), timeout=READ_TIMEOUT_S) as raw:
        with ctx.wrap_socket(raw, server_hostname=gateway_host) as tls:
            tls.sendall(json.dumps({"subscribe": crane_id}).encode() + b"\n")
            buf = b""
            while True:
                chunk = tls.recv(4096)
                if not chunk:
                    log.info("gateway %s closed the telemetry stream", gateway_host)
                    return
                buf += chunk
                while b"\n" in buf:
                    line, buf = buf.split(b"\n", 1)
                    if line:
                        yield json.loads(line)
