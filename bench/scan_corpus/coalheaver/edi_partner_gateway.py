"""HTTP gateway through which fuel suppliers post EDI documents.

Suppliers push despatch advices (DESADV) and invoices (INVOIC) to this
endpoint.  Each partner has an API key issued during onboarding.
"""
from dataclasses import dataclass, field

from fastapi import Depends, FastAPI, Header, HTTPException, Request

from coalheaver.config import load_partner_keys
from coalheaver.edi.inbox import store_inbound_document


@dataclass
class GatewaySettings:
    partner_keys: dict = field(default_factory=load_partner_keys)
    max_body_bytes: int = 2 * 1024 * 1024
    accepted_types: tuple = ("DESADV", "INVOIC", "PRICAT")


gateway_settings = GatewaySettings()
app = FastAPI(title="coalheaver-edi-gateway")


def partner_for_key(presented: str, cfg: GatewaySettings = gateway_settings) -> str:
    issued = {key: name for name, key in cfg.partner_keys.items()}
    if presented not in issued:
        raise HTTPException(status_code=401, detail="unknown partner key")
    return issued[presented]


async def require_partner(x_partner_key: str = Header(...)) -> str:
    return partner_for_key(x_partner_key)


@app.post("/edi/{doc_type}")
async def receive_document(doc_type: str, request: Request, partner: str = Depends(require_partner)):
    doc_type = doc_type.upper()
    if doc_type not in gateway_settings.accepted_types:
        raise HTTPException(status_code=415, detail=f"unsupported document {doc_type}")
    body = await request.body()
    if len(body) > gateway_settings.max_body_bytes:
        raise HTTPException(status_code=413, detail="document too large")
    stored = await store_inbound_document(partner=partner, doc_type=doc_type, payload=body)
    return {"received": stored.id, "partner": partner, "type": doc_type}
