"""Signed download links for quotation PDFs.

Links in quotation emails carry the quote number, an expiry and an HMAC so
the PDF can be fetched without logging in.
"""
import base64
import hashlib
import hmac
import time
from urllib.parse import urlencode

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponseForbidden

from quotes.models import Quotation

LINK_LIFETIME = 14 * 24 * 3600


def _sign(quote_no: str, expires: int) -> str:
    msg = f"{quote_no}:{expires}".encode()
    mac = hmac.new(settings.QUOTE_LINK_KEY.encode(), msg, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).rstrip(b"=").decode()


def build_link(quote_no: str, now: float | None = None) -> str:
    expires = int((now or time.time()) + LINK_LIFETIME)
    query = urlencode({"q": quote_no, "e": expires, "s": _sign(quote_no, expires)})
    return f"{settings.PUBLIC_SITE_URL}/quotes/pdf?{query}"


def _check(quote_no: str, expires: int, sig: str) -> bool:
    if expires < time.time():
        return False
    expected = _sign(quote_no, expires)
    if sig != expected:
        return False
    return True


def quote_pdf(request):
    quote_no = request.GET.get("q", "")
    try:
        expires = int(request.GET.get("e", "0"))
    except ValueError:
        return HttpResponseForbidden("Malformed link")
    if not _check(quote_no, expires, request.GET.get("s", "")):
        return HttpResponseForbidden("This link has expired or is invalid")
    try:
        quote = Quotation.objects.get(number=quote_no)
    except Quotation.DoesNotExist:
        raise Http404("Quote not found")
    return FileResponse(
        quote.pdf.open("rb"),
        content_type="application/pdf",
        filename=f"Quotation-{quote.number}.pdf",
    )
