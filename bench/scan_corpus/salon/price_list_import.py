"""Admin upload of retail price lists from brand partners (YAML)."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.db import transaction
from django.shortcuts import redirect, render
from yaml import SafeLoader, YAMLError
from yaml import load as load_yaml

from stock.models import Product


class PriceListForm(forms.Form):
    price_list = forms.FileField()


def _parse(upload) -> list[dict]:
    try:
        document = load_yaml(upload.read(), Loader=SafeLoader)
    except YAMLError as exc:
        raise forms.ValidationError(f"Could not read price list: {exc}")
    items = document.get("products") if isinstance(document, dict) else None
    if not isinstance(items, list):
        raise forms.ValidationError("Price list must contain a 'products' list")
    return items


@transaction.atomic
def _apply(items: list[dict]) -> tuple[int, list[str]]:
    updated, skipped = 0, []
    for item in items:
        sku = str(item.get("sku", "")).strip()
        try:
            rrp = Decimal(str(item["rrp"]))
        except (KeyError, InvalidOperation):
            skipped.append(sku or "?")
            continue
        updated += Product.objects.filter(supplier_sku=sku).update(rrp=rrp)
    return updated, skipped


@permission_required("stock.change_product")
def upload_price_list(request):
    form = PriceListForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            items = _parse(form.cleaned_data["price_list"])
        except forms.ValidationError as exc:
            form.add_error("price_list", exc)
        else:
            updated, skipped = _apply(items)
            messages.success(request, f"Updated {updated} products, skipped {len(skipped)}.")
            return redirect("stock:products")
    return render(request, "stock/upload_price_list.html", {"form": form})
