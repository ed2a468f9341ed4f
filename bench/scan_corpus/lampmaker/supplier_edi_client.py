"""EDI connection to the brass-component foundry for stem and base orders."""
import logging
import os
import ssl
from dataclasses import dataclass

import httpx

log = logging.getLogger("purchasing.edi")

FOUNDRY_URL = "https://edi.westmidlands-foundry.example/v3"


def foundry_tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=os.environ.get("FOUNDRY_CA_FILE"))
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(
        certfile=os.environ["FOUNDRY_CLIENT_CERT"],
        keyfile=os.environ["FOUNDRY_CLIENT_KEY"],
    )
    return ctx


@dataclass
class CastingOrder:
    pattern_code: str
    finish: str
    quantity: int
    required_by: str


class FoundryClient:
    def __init__(self, context: ssl.SSLContext | None = None) -> None:
        self._client = httpx.Client(
            base_url=FOUNDRY_URL, verify=context or foundry_tls_context(), timeout=30
        )

    def submit(self, po_number: str, orders: list[CastingOrder]) -> str:
        body = {
            "po": po_number,
            "items": [
                {"pattern": o.pattern_code, "finish": o.finish, "qty": o.quantity,
                 "required_by": o.required_by}
                for o in orders
            ],
        }
        resp = self._client.post("/orders", json=body)
        resp.raise_for_status()
        ack = resp.json()["acknowledgement"]
        log.info("foundry acknowledged PO %s as %s", po_number, ack)
        return ack

    def close(self) -> None:
        self._client.close()
