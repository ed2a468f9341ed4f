"""Reads throughput and power draw from the primary crusher PLC gateway over TLS."""
from __future__ import annotations

import json
import socket
import ssl
from dataclasses import dataclass, field


@dataclass(frozen=True)
class PlcGatewayConfig:
    host: str
    port: int = 8883
    ca_file: str = "/etc/quarry/pki/plant-ca.pem"
    client_cert: str = "/etc/quarry/pki/scada-client.pem"
    client_key: str = "/etc/quarry/pki/scada-client.key"
    tls_floor: ssl.TLSVersion = field(default=ssl.TLSVersion.TLSv1_2)


def plant_context(cfg: PlcGatewayConfig) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = cfg.tls_floor
    ctx.load_verify_locations(cafile=cfg.ca_file)
    ctx.load_cert_chain(cfg.client_cert, cfg.client_key)
    return ctx


@dataclass
class CrusherSample:
    tph: float
    kw: float
    css_mm: float


class CrusherGateway:
    def __init__(self, cfg: PlcGatewayConfig) -> None:
        self.cfg = cfg
        self.ctx = plant_context(cfg)

    def sample(self) -> CrusherSample:
        with socket.create_connection((self.cfg.host, self.cfg.port), timeout=5) as raw:
            with self.ctx.wrap_socket(raw, server_hostname=self.cfg.host) as tls:
                tls.sendall(b'{"read":["tph","kw","css"]}\n')
                data = json.loads(tls.recv(4096).decode("utf-8"))
        return CrusherSample(tph=float(data["tph"]), kw=float(data["kw"]), css_mm=float(data["css"]))


def specific_energy(sample: CrusherSample) -> float:
    return sample.kw / sample.tph if sample.tph else 0.0
