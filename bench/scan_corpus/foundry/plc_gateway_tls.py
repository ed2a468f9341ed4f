"""TLS transport for the pouring line PLC gateways (Modbus/TCP Security).

Line 2's gateway still runs the vendor's 2016 firmware; the context below
is shared by all lines so the same client code works everywhere.
"""
import socket
import ssl
import struct
from contextlib import contextmanager

GATEWAY_TLS = {
    "min_version": ssl.TLSVersion.TLSv1,
    "ciphers": "ECDHE+AESGCM:ECDHE+AES256:!aNULL:!MD5",
}

MBAP = struct.Struct(">HHHB")


def build_context(cafile: str, certfile: str, keyfile: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=cafile)
    ctx.load_cert_chain(certfile, keyfile)
    ctx.minimum_version = GATEWAY_TLS["min_version"]
    ctx.set_ciphers(GATEWAY_TLS["ciphers"])
    return ctx


@contextmanager
def gateway_connection(host: str, port: int, ctx: ssl.SSLContext, timeout: float = 5.0):
    raw = socket.create_connection((host, port), timeout=timeout)
    tls = ctx.wrap_socket(raw, server_hostname=host)
    try:
        yield tls
    finally:
        tls.close()


def read_holding_registers(conn, unit: int, address: int, count: int, tx_id: int = 1) -> list[int]:
    pdu = struct.pack(">BHH", 0x03, address, count)
    conn.sendall(MBAP.pack(tx_id, 0, len(pdu) + 1, unit) + pdu)
    header = conn.recv(MBAP.size)
    _, _, length, _ = MBAP.unpack(header)
    body = conn.recv(length - 1)
    if body[0] & 0x80:
        raise IOError(f"modbus exception {body[1]}")
    return list(struct.unpack(f">{count}H", body[2:2 + 2 * count]))
