"""SOAP parsing for OCPP 1.5 charge points that predate the JSON transport."""
from xml.etree.ElementTree import Element

from defusedxml import ElementTree as DET

from chargenet.sessions import handle_meter_values, handle_start, handle_stop

SOAP_NS = "{http://www.w3.org/2003/05/soap-envelope}"

HANDLERS = {
    "startTransactionRequest": handle_start,
    "stopTransactionRequest": handle_stop,
    "meterValuesRequest": handle_meter_values,
}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _body_payload(root: Element) -> Element:
    body = root.find(f"{SOAP_NS}Body")
    if body is None or len(body) == 0:
        raise ValueError("empty SOAP body")
    return body[0]


def dispatch(body: bytes, charge_box_id: str):
    """Parse a SOAP envelope posted by a charge point and route it."""
    root = DET.fromstring(body, forbid_dtd=True)
    payload = _body_payload(root)
    action = _local(payload.tag)
    handler = HANDLERS.get(action)
    if handler is None:
        raise LookupError(f"unsupported action {action}")
    fields = {_local(child.tag): child.text for child in payload}
    return handler(charge_box_id, fields)
