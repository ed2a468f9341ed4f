"""SOAP endpoint receiving address-change notices from the DMV exchange."""
import logging

from flask import Blueprint, Response, request
from lxml import etree

from .notices import record_address_change

log = logging.getLogger(__name__)
bp = Blueprint("dmv_exchange", __name__, url_prefix="/exchange/dmv")

SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/"
DMV_NS = "urn:state:dmv:addresschange:v2"
NS = {"soap": SOAP_NS, "dmv": DMV_NS}

_parser = etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


def _ack(message_id: str, status: str) -> bytes:
    env = etree.Element(f"{{{SOAP_NS}}}Envelope", nsmap={"soap": SOAP_NS, "dmv": DMV_NS})
    body = etree.SubElement(env, f"{{{SOAP_NS}}}Body")
    ack = etree.SubElement(body, f"{{{DMV_NS}}}Acknowledgement")
    etree.SubElement(ack, f"{{{DMV_NS}}}MessageId").text = message_id
    etree.SubElement(ack, f"{{{DMV_NS}}}Status").text = status
    return etree.tostring(env, xml_declaration=True, encoding="utf-8")


@bp.route("/address-change", methods=["POST"])
def address_change():
    root = etree.fromstring(request.get_data(), _parser)
    notice = root.find("soap:Body/dmv:AddressChangeNotice", NS)
    if notice is None:
        return Response(_ack("", "REJECTED"), status=400, content_type="text/xml")

    message_id = notice.findtext("dmv:MessageId", default="", namespaces=NS)
    record_address_change(
        license_number=notice.findtext("dmv:LicenseNumber", namespaces=NS),
        street=notice.findtext("dmv:Address/dmv:Street", namespaces=NS),
        city=notice.findtext("dmv:Address/dmv:City", namespaces=NS),
        postal_code=notice.findtext("dmv:Address/dmv:PostalCode", namespaces=NS),
        effective=notice.findtext("dmv:EffectiveDate", namespaces=NS),
    )
    log.info("address change %s accepted", message_id)
    return Response(_ack(message_id, "ACCEPTED"), content_type="text/xml")
