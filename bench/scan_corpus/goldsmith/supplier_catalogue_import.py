"""Imports findings and gemstone catalogues uploaded by trade suppliers.

Suppliers upload a YAML price list through the trade portal; items are
merged into our parts catalogue for use in commission quotes.
"""
from decimal import Decimal

import yaml
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from atelier.parts.models import CatalogueItem, Supplier

REQUIRED_KEYS = {"code", "description", "unit", "price"}


def parse_catalogue(stream) -> list:
    document = yaml.load(stream, Loader=yaml.Loader)
    items = document.get("items", []) if isinstance(document, dict) else []
    return [item for item in items if REQUIRED_KEYS <= set(item)]


@transaction.atomic
def merge_items(supplier: Supplier, items: list) -> tuple:
    created = updated = 0
    for item in items:
        _, was_created = CatalogueItem.objects.update_or_create(
            supplier=supplier,
            code=str(item["code"]),
            defaults={
                "description": str(item["description"])[:200],
                "unit": str(item["unit"]),
                "price": Decimal(str(item["price"])),
                "metal": item.get("metal", ""),
            },
        )
        if was_created:
            created += 1
        else:
            updated += 1
    return created, updated


@login_required
@require_POST
def upload_catalogue(request):
    supplier = Supplier.objects.get(portal_user=request.user)
    upload = request.FILES.get("catalogue")
    if upload is None:
        return JsonResponse({"error": "no file"}, status=400)
    items = parse_catalogue(upload.read().decode("utf-8"))
    created, updated = merge_items(supplier, items)
    return JsonResponse({"created": created, "updated": updated})
