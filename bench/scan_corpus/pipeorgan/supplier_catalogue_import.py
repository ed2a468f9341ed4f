"""Import of supplier catalogues into the workshop parts list.

Suppliers of organ parts (magnets, pallet springs, leather, reservoir cloth,
tracker wire) send their price catalogues as XML. Purchasing staff upload the
file on the parts screen and the prices are merged into the parts list.
"""
from dataclasses import dataclass
from decimal import Decimal

from django.contrib.auth.decorators import permission_required
from django.db import transaction
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree

from workshop.models import SupplierPart

CATALOGUE_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=True)


@dataclass
class CatalogueLine:
    supplier_sku: str
    description: str
    unit: str
    price: Decimal


def parse_catalogue(data: bytes) -> tuple[str, list[CatalogueLine]]:
    root = etree.fromstring(data, parser=CATALOGUE_PARSER)
    supplier = root.get("supplier", "").strip()
    lines = []
    for item in root.iterfind("item"):
        lines.append(
            CatalogueLine(
                supplier_sku=item.findtext("sku", "").strip(),
                description=item.findtext("description", "").strip(),
                unit=item.findtext("unit", "each").strip(),
                price=Decimal(item.findtext("price", "0")),
            )
        )
    return supplier, lines


@require_POST
@permission_required("workshop.change_supplierpart")
def upload_catalogue(request: HttpRequest) -> JsonResponse:
    upload = request.FILES["catalogue"]
    try:
        supplier, lines = parse_catalogue(upload.read())
    except (etree.XMLSyntaxError, ArithmeticError) as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    if not supplier:
        return JsonResponse({"error": "catalogue has no supplier attribute"}, status=400)
    with transaction.atomic():
        for line in lines:
            SupplierPart.objects.update_or_create(
                supplier=supplier,
                supplier_sku=line.supplier_sku,
                defaults={
                    "description": line.description,
                    "unit": line.unit,
                    "unit_price": line.price,
                },
            )
    return JsonResponse({"supplier": supplier, "lines": len(lines)})
