"""OpenRosa submission receiver for the registration server (Flask).

Collection apps post the filled-in XForm instance as the
``xml_submission_file`` part of a multipart request.
"""
from defusedxml import ElementTree as DET
from defusedxml.common import DefusedXmlException
from flask import Blueprint, Response, current_app, request

bp = Blueprint("openrosa", __name__)

OR_HEADERS = {"X-OpenRosa-Version": "1.0", "X-OpenRosa-Accept-Content-Length": "10485760"}


def _localname(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _fields(elem, prefix: str = "") -> dict[str, str]:
    data: dict[str, str] = {}
    for child in elem:
        key = f"{prefix}/{_localname(child.tag)}" if prefix else _localname(child.tag)
        if len(child):
            data.update(_fields(child, key))
        else:
            data[key] = (child.text or "").strip()
    return data


@bp.route("/submission", methods=["HEAD", "POST"])
def submission():
    if request.method == "HEAD":
        return Response(status=204, headers=OR_HEADERS)
    part = request.files.get("xml_submission_file")
    if part is None:
        return Response("missing xml_submission_file", status=400)
    try:
        root = DET.fromstring(part.read())
    except (DET.ParseError, DefusedXmlException):
        return Response("invalid submission", status=400, headers=OR_HEADERS)
    fields = _fields(root)
    instance_id = fields.get("meta/instanceID")
    if not instance_id:
        return Response("submission has no instanceID", status=400, headers=OR_HEADERS)
    current_app.extensions["submissions"].save(root.get("id"), instance_id, fields)
    return Response(status=201, headers=OR_HEADERS)
