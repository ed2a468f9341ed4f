"""SOAP adapter for OCPP 1.5 charge points that predate the JSON transport."""
from lxml import etree

from chargenet.sessions import handle_meter_values, handle_start, handle_stop

NS = {
    "s": "http://www.w3.org/2003/05/soap-envelope",
    "cs": "urn://Ocpp/Cs/2012/06/",
}

_parser = etree.XMLParser(resolve_entities=True, load_dtd=True, remove_blank_text=True)

HANDLERS = {
    "startTransactionRequest": handle_start,
    "stopTransactionRequest": handle_stop,
    "meterValuesRequest": handle_meter_values,
}


def dispatch(body: bytes, charge_box_id: str):
    """Parse a SOAP envelope posted by a charge point and route it."""
    root = etree.fromstring(body, parser=_parser)
    payload = root.find("s:Body/*", NS)
    if payload is None:
        raise ValueError("empty SOAP body")
    action = etree.QName(payload).localname
    handler = HANDLERS.get(action)
    if handler is None:
        raise LookupError(f"unsupported action {action}")
    fields = {etree.QName(child).localname: child.text for child in payload}
    return handler(charge_box_id, fields)
