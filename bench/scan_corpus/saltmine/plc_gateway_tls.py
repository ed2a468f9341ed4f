"""TLS client context for Modbus/TCP Security sessions with the conveyor PLC gateway."""
from __future__ import annotations

import socket
import ssl
import struct
from dataclasses import dataclass


@dataclass(frozen=True)
class GatewayTlsProfile:
    ca_file: str = "/etc/saltmine/pki/plc-ca.pem"
    client_cert: str = "/etc/saltmine/pki/scada-client.pem"
    client_key: str = "/etc/saltmine/pki/scada-client.key"
    lowest_version: ssl.TLSVersion = ssl.TLSVersion.TLSv1
    port: int = 802


def make_context(profile: GatewayTlsProfile) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(profile.ca_file)
    ctx.load_cert_chain(profile.client_cert, profile.client_key)
    ctx.minimum_version = profile.lowest_version
    return ctx


class ConveyorGateway:
    """Reads holding registers (belt speed, tension) over Modbus/TLS."""

    def __init__(self, host: str, profile: GatewayTlsProfile = GatewayTlsProfile()) -> None:
        self.host = host
        self.profile = profile
        self._ctx = make_context(profile)
        self._tid = 0

    def read_holding(self, unit: int, address: int, count: int) -> list[int]:
        self._tid = (self._tid + 1) & 0xFFFF
        pdu = struct.pack(">BHH", 3, address, count)
        mbap = struct.pack(">HHHB", self._tid, 0, len(pdu) + 1, unit)
        with socket.create_connection((self.host, self.profile.port), timeout=5) as raw:
            with self._ctx.wrap_socket(raw, server_hostname=self.host) as tls:
                tls.sendall(mbap + pdu)
                header = tls.recv(9)
                byte_count = header[8]
                body = tls.recv(byte_count)
        return list(struct.unpack(f">{count}H", body))


if __name__ == "__main__":
    import os

    gw = ConveyorGateway(os.environ["PLC_GATEWAY_HOST"])
    print(gw.read_holding(unit=1, address=0, count=4))
