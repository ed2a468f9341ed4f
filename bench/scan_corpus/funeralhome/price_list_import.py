"""Import supplier price lists uploaded through the purchasing admin.

Suppliers send annual price lists as YAML; purchasing staff upload them and
the rows are staged for review before prices change in the GPL.
"""
from decimal import Decimal
from typing import IO

import yaml
from django import forms
from django.contrib.admin.views.decorators import staff_member_required
from django.shortcuts import render

from fhgroup.purchasing.models import PriceListStaging


class PriceListUploadForm(forms.Form):
    supplier = forms.CharField(max_length=40)
    price_list = forms.FileField()


class PriceListParser:
    loader = yaml.Loader
    required_keys = {"sku", "description", "unit_price"}

    def parse(self, stream: IO[bytes]) -> list[dict]:
        document = yaml.load(stream, Loader=self.loader)
        rows = document.get("items", []) if isinstance(document, dict) else []
        for row in rows:
            missing = self.required_keys - row.keys()
            if missing:
                raise ValueError(f"row {row!r} missing {sorted(missing)}")
            row["unit_price"] = Decimal(str(row["unit_price"]))
        return rows


@staff_member_required
def upload_price_list(request):
    form = PriceListUploadForm(request.POST or None, request.FILES or None)
    staged = 0
    if request.method == "POST" and form.is_valid():
        rows = PriceListParser().parse(form.cleaned_data["price_list"])
        for row in rows:
            PriceListStaging.objects.create(
                supplier=form.cleaned_data["supplier"],
                sku=row["sku"],
                description=row["description"],
                unit_price=row["unit_price"],
            )
        staged = len(rows)
    return render(request, "purchasing/price_list_upload.html", {"form": form, "staged": staged})
