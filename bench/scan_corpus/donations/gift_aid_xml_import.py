"""Import Gift Aid claim schedules exported from partner charities' software.

Smaller member charities prepare their donation schedule in their own
package and upload the GovTalk XML here; we merge it into the umbrella
claim before submitting to HMRC.
"""

from decimal import Decimal

from flask import Blueprint, abort, jsonify, request
from lxml import etree

bp = Blueprint("gift_aid_import", __name__, url_prefix="/gift-aid")

NS = {"r68": "http://www.govtalk.gov.uk/taxation/charities/r68/2"}
MAX_UPLOAD = 5 * 1024 * 1024

_parser = etree.XMLParser(resolve_entities=True, load_dtd=True, remove_blank_text=True)


def parse_schedule(data: bytes) -> list[dict]:
    root = etree.fromstring(data, parser=_parser)
    donations = []
    for gad in root.iterfind(".//r68:GAD", NS):
        donor = gad.find("r68:Donor", NS)
        donations.append(
            {
                "forename": donor.findtext("r68:Fore", namespaces=NS),
                "surname": donor.findtext("r68:Sur", namespaces=NS),
                "house": donor.findtext("r68:House", namespaces=NS),
                "postcode": donor.findtext("r68:Postcode", namespaces=NS),
                "date": gad.findtext("r68:Date", namespaces=NS),
                "amount": Decimal(gad.findtext("r68:Total", namespaces=NS)),
            }
        )
    return donations


@bp.post("/schedules")
def upload_schedule():
    upload = request.files.get("schedule")
    if upload is None:
        abort(400, "no file")
    data = upload.read(MAX_UPLOAD + 1)
    if len(data) > MAX_UPLOAD:
        abort(413)
    try:
        donations = parse_schedule(data)
    except etree.XMLSyntaxError:
        abort(400, "not a valid XML schedule")
    total = sum(d["amount"] for d in donations)
    return jsonify(count=len(donations), total=str(total))
