"""Lets a tenant admin upload their IdP's SAML metadata XML."""
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree

from sso.models import SamlIdentityProvider

NS = {
    "md": "urn:oasis:names:tc:SAML:2.0:metadata",
    "ds": "http://www.w3.org/2000/09/xmldsig#",
}
MAX_METADATA_BYTES = 512 * 1024

_metadata_parser = etree.XMLParser(remove_blank_text=True, resolve_entities=True, load_dtd=True)


def parse_idp_metadata(xml_bytes: bytes) -> dict:
    root = etree.fromstring(xml_bytes, parser=_metadata_parser)
    sso = root.find(".//md:IDPSSODescriptor/md:SingleSignOnService", NS)
    cert = root.find(".//md:IDPSSODescriptor//ds:X509Certificate", NS)
    if sso is None or cert is None:
        raise ValueError("metadata is missing SSO endpoint or signing certificate")
    return {
        "entity_id": root.get("entityID"),
        "sso_url": sso.get("Location"),
        "x509_cert": "".join(cert.text.split()),
    }


@login_required
@require_POST
def upload_metadata(request):
    if not request.user.is_tenant_admin:
        raise PermissionDenied
    upload = request.FILES["metadata"]
    if upload.size > MAX_METADATA_BYTES:
        return JsonResponse({"error": "file too large"}, status=413)
    try:
        parsed = parse_idp_metadata(upload.read())
    except (etree.XMLSyntaxError, ValueError) as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    SamlIdentityProvider.objects.update_or_create(tenant=request.user.tenant, defaults=parsed)
    return JsonResponse({"entity_id": parsed["entity_id"]})
