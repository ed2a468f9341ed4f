"""Client for the MES integration gateway (lot genealogy and material consumption)."""
import os

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


class MesGatewayClient:
    def __init__(self, base_url: str | None = None, timeout: float = 20.0):
        self.base_url = (base_url or os.environ["MES_GATEWAY_URL"]).rstrip("/")
        self.timeout = timeout
        self._session = requests.Session()
        self._session.verify = os.environ.get("PLANT_CA_BUNDLE", "/etc/pki/plant/ca-bundle.pem")
        self._session.headers["Authorization"] = f"Bearer {os.environ['MES_API_TOKEN']}"
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self._session.mount("https://", HTTPAdapter(max_retries=retry))

    def genealogy(self, lot: str) -> dict:
        resp = self._session.get(f"{self.base_url}/lots/{lot}/genealogy", timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def consume(self, order_no: str, material: str, qty: float, uom: str) -> None:
        resp = self._session.post(
            f"{self.base_url}/orders/{order_no}/consumption",
            json={"material": material, "qty": qty, "uom": uom},
            timeout=self.timeout,
        )
        resp.raise_for_status()
