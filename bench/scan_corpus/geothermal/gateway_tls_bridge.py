"""TLS client side of the Modbus/TCP bridge to the well-field SCADA gateways.

The bridge polls holding registers over Modbus-over-TLS (port 802) and
republishes them on the plant MQTT bus.  Client certificates are issued by
the OT PKI; the gateway certificates chain to the same root.
"""
from __future__ import annotations

import socket
import ssl
import struct
from dataclasses import dataclass

from geo_common.settings import settings


@dataclass
class GatewayEndpoint:
    name: str
    host: str
    port: int = 802
    unit_id: int = 1


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=settings.OT_ROOT_CA)
    ctx.load_cert_chain(settings.BRIDGE_CLIENT_CERT, settings.BRIDGE_CLIENT_KEY)
    # the Series 4 gateways on the western pads never got the TLS 1.2 firmware
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


_CTX = _tls_context()


def read_holding_registers(ep: GatewayEndpoint, address: int, count: int, txn: int = 1) -> list[int]:
    pdu = struct.pack(">BHH", 0x03, address, count)
    mbap = struct.pack(">HHHB", txn, 0, len(pdu) + 1, ep.unit_id)
    with socket.create_connection((ep.host, ep.port), timeout=5) as raw:
        with _CTX.wrap_socket(raw, server_hostname=ep.host) as tls:
            tls.sendall(mbap + pdu)
            header = tls.recv(9)
            if len(header) < 9 or header[7] != 0x03:
                raise IOError(f"{ep.name}: unexpected Modbus reply {header!r}")
            body = tls.recv(header[8])
    return list(struct.unpack(f">{count}H", body))
