"""Import XML price lists uploaded by wholesalers through the supplier portal."""
import logging
from decimal import Decimal, InvalidOperation
from typing import Dict

import defusedxml.ElementTree as DET
from defusedxml import DefusedXmlException
from django.db import transaction
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from catalogue.models import Part, Supplier

log = logging.getLogger(__name__)

MAX_BYTES = 5 * 1024 * 1024


def parse_pricelist(data: bytes) -> Dict[str, Decimal]:
    root = DET.fromstring(data)
    prices: Dict[str, Decimal] = {}
    for item in root.iter("item"):
        sku = (item.findtext("sku") or "").strip()
        try:
            prices[sku] = Decimal((item.findtext("price") or "").strip())
        except InvalidOperation:
            log.warning("unparseable price for %s", sku)
    prices.pop("", None)
    return prices


@require_POST
def upload_pricelist(request: HttpRequest, supplier_id: int) -> JsonResponse:
    supplier = Supplier.objects.get(pk=supplier_id, portal_users=request.user)
    upload = request.FILES.get("pricelist")
    if upload is None or upload.size > MAX_BYTES:
        return JsonResponse({"error": "missing or oversized file"}, status=400)
    try:
        prices = parse_pricelist(upload.read())
    except (DET.ParseError, DefusedXmlException) as exc:
        return JsonResponse({"error": f"invalid price list: {exc}"}, status=400)

    updated = 0
    with transaction.atomic():
        for part in Part.objects.filter(supplier=supplier, supplier_sku__in=list(prices)):
            part.trade_price = prices[part.supplier_sku]
            part.save(update_fields=["trade_price"])
            updated += 1
    log.info("supplier %s price list: %d parts updated", supplier.pk, updated)
    return JsonResponse({"updated": updated, "received": len(prices)})
