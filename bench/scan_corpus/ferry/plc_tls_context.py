"""TLS settings for talking to the linkspan PLC gateway.

The linkspan gateway was upgraded with the 2023 firmware and now supports
TLS 1.2 and 1.3, so older protocol versions are refused.
"""
import socket
import ssl

MIN_TLS = ssl.TLSVersion.TLSv1_2


def make_context(ca_file: str, cert_file: str, key_file: str) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = MIN_TLS
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    ctx.load_verify_locations(cafile=ca_file)
    ctx.load_cert_chain(certfile=cert_file, keyfile=key_file)
    return ctx


def read_ramp_angle(host: str, ctx: ssl.SSLContext, port: int = 8883) -> float:
    with socket.create_connection((host, port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as conn:
            conn.sendall(b"GET RAMP_ANGLE\n")
            reply = conn.recv(64).decode("ascii").strip()
    key, _, value = reply.partition("=")
    if key != "RAMP_ANGLE":
        raise ValueError(f"unexpected PLC reply {reply!r}")
    return float(value)
