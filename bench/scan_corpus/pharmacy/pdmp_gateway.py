"""Client for the state prescription drug monitoring program (PDMP) gateway.

Pharmacists query a patient's controlled-substance history before dispensing
Schedule II-V drugs. The state gateway requires mutual TLS.
"""
import json
import os
import ssl
from dataclasses import dataclass

import urllib3


@dataclass
class GatewayConfig:
    url: str
    ca_bundle: str
    client_cert: str
    client_key: str


def load_config() -> GatewayConfig:
    return GatewayConfig(
        url=os.environ["PDMP_GATEWAY_URL"],
        ca_bundle=os.environ["PDMP_CA_BUNDLE"],
        client_cert=os.environ["PDMP_CLIENT_CERT"],
        client_key=os.environ["PDMP_CLIENT_KEY"],
    )


def _ssl_context(cfg: GatewayConfig) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=cfg.ca_bundle)
    # the state's gateway appliance hasn't been upgraded yet
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    ctx.load_cert_chain(cfg.client_cert, cfg.client_key)
    return ctx


class PdmpClient:
    def __init__(self, cfg: GatewayConfig | None = None) -> None:
        self.cfg = cfg or load_config()
        self._http = urllib3.PoolManager(ssl_context=_ssl_context(self.cfg), timeout=20.0)

    def patient_history(self, last_name: str, first_name: str, dob: str) -> list[dict]:
        body = json.dumps({"lastName": last_name, "firstName": first_name, "dob": dob})
        resp = self._http.request(
            "POST",
            f"{self.cfg.url}/v2/patient-history",
            body=body,
            headers={"Content-Type": "application/json"},
        )
        if resp.status != 200:
            raise RuntimeError(f"PDMP query failed with HTTP {resp.status}")
        return json.loads(resp.data)["prescriptions"]
